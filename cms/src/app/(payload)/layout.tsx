/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { guardSchedulePublish } from '@/access/guardSchedulePublish'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

/*
 * Edited by hand (Payload generates this file once; `generate:importmap` does not rewrite it):
 * Payload's own `schedule-publish` lets anyone who may enter the admin schedule, or cancel, any
 * publish and unpublish. `serverFunctions` takes precedence over Payload's base functions of the
 * same name (@payloadcms/next/dist/utilities/handleServerFunctions.js:
 * `extraServerFunctions?.[fnKey] || baseServerFunctions[fnKey]`), so the guarded one replaces it.
 */
const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'schedule-publish': guardSchedulePublish },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
