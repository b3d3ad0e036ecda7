import { describe, expect, it } from 'vitest'

import { walkHtml } from '@fengcai/shared/html/walk'
import type { StartTag } from '@fengcai/shared/html/walk'

/** Every event of a walk, with the markup of its place. */
const eventsOf = (html: string, attribute?: (name: string) => boolean, valueLength?: number) => {
  const events: string[] = []
  const tags: StartTag[] = []
  walkHtml(
    html,
    {
      open: (tag) => {
        tags.push(tag)
        events.push(`open ${tag.name}${tag.selfClosing ? '/' : ''} ${html.slice(tag.start, tag.end)}`)
      },
      close: (name, start, end) => events.push(`close ${name} ${html.slice(start, end)}`),
      text: (start, end) => events.push(`text ${html.slice(start, end)}`),
    },
    { attribute, valueLength },
  )
  return { events, tags }
}

describe('walkHtml', () => {
  it('should give tags and text in order with their exact places, names in lower case', () => {
    expect(eventsOf('<P class="a">志&amp;愿</P ><br/>x').events).toEqual([
      'open p <P class="a">',
      'text 志&amp;愿',
      'close p </P >',
      'open br/ <br/>',
      'text x',
    ])
  })

  it('should give a run of text once, also where a `<` in it starts no tag', () => {
    expect(eventsOf('<p>a < b <= c</p>').events).toEqual(['open p <p>', 'text a < b <= c', 'close p </p>'])
  })

  it('should keep comments, declarations and CDATA out of the text, and script contents as text up to its end tag', () => {
    expect(eventsOf('<!DOCTYPE html><!-- <p>x</p> --><script>if (a<b) "</p>"</script>').events).toEqual([
      'open script <script>',
      'text if (a<b) "</p>"',
      'close script </script>',
    ])
  })

  it('should give only the attributes asked for, raw and cut to the length asked for', () => {
    const { tags } = eventsOf('<img src="a&amp;b.jpg" alt=\'图\' data-x=1 class=photo-desc-long>', (name) => name !== 'data-x', 8)
    expect(tags[0]?.attributes).toEqual([
      ['src', 'a&amp;b.'],
      ['alt', '图'],
      ['class', 'photo-de'],
    ])
    expect(eventsOf('<img src="a.jpg">').tags[0]?.attributes).toEqual([])
  })

  it('should report no tag left unfinished at the very end', () => {
    expect(eventsOf('<p>a</p><div class="x').events).toEqual(['open p <p>', 'text a', 'close p </p>'])
  })
})
