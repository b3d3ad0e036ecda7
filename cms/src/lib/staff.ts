/** How a staff member is named in histories and lists: 演示编辑（editor@…）, or whichever of the two there is. */
export const staffName = (user: { name?: unknown; email?: unknown }): string => {
  const name = typeof user.name === 'string' && user.name.trim() ? user.name.trim() : ''
  const email = typeof user.email === 'string' ? user.email : ''
  return name && email ? `${name}（${email}）` : name || email
}
