'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

/** The nominee a comment is about, or 整个公示 for a comment on the notice as a whole. */
export const NomineeCell = ({ cellData }: DefaultCellComponentProps) => <span>{typeof cellData === 'string' && cellData ? cellData : '整个公示'}</span>
