'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

/**
 * Payload renders a text field in clear; the current password is typed like a password, and stays
 * optional (Payload's password field would require it): only a change of one's own password or
 * email needs it, and the server says so.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={() => true} />
)
