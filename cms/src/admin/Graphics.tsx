import React from 'react'

const mark = (size: number) => (
  <svg width={size} height={size} viewBox="0 0 40 40" role="img" aria-label="风采" style={{ display: 'block' }}>
    <circle cx="20" cy="20" r="19" fill="#a61e1e" />
    <text
      x="20"
      y="27"
      textAnchor="middle"
      fontSize="20"
      fontWeight="700"
      fill="#fff"
      fontFamily="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif"
    >
      风
    </text>
  </svg>
)

/** 风采 on the login page, instead of Payload's logo. */
export const Logo = () => (
  <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
    {mark(48)}
    <span style={{ fontSize: '1.75rem', fontWeight: 700, letterSpacing: '0.1em' }}>风采</span>
    <span style={{ fontSize: '1rem', opacity: 0.7 }}>内容管理</span>
  </div>
)

/** 风采's mark in the admin's header and menu, instead of Payload's icon. */
export const Icon = () => mark(28)
