/** Small helpers for talking to the running CMS over HTTP, as the site and browsers do. */
export type Session = { token: string; user: { id: number; roles: string[]; email: string } }

export const login = async (cmsUrl: string, email: string, password: string): Promise<Session> => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as Session
}

export const authHeaders = (session: Session): Record<string, string> => ({
  authorization: `JWT ${session.token}`,
})
