// Apply the reader's saved text size (and 繁體 view) before the first paint, and mark that scripts
// run, so the switches they reveal have their space kept from the start (no layout shift).
document.documentElement.classList.add('js')
try {
  var size = localStorage.getItem('fengcai-font-size')
  if (size === 'large' || size === 'xlarge') document.documentElement.dataset.fontSize = size
  // 繁體（臺灣）or（香港）; `hant`, saved before there was a choice, is Taiwan's (parseScriptChoice in shared/src/traditional.ts).
  var script = localStorage.getItem('fengcai-script')
  if (script === 'tw' || script === 'hk' || script === 'hant') document.documentElement.dataset.script = script === 'hk' ? 'hk' : 'tw'
} catch (error) {
  console.warn('阅读设置读取失败', error)
}
