// Apply the reader's saved text size (and 繁體 view) before the first paint, and mark that scripts
// run, so the switches they reveal have their space kept from the start (no layout shift).
document.documentElement.classList.add('js')
try {
  var size = localStorage.getItem('fengcai-font-size')
  if (size === 'large' || size === 'xlarge') document.documentElement.dataset.fontSize = size
  if (localStorage.getItem('fengcai-script') === 'hant') document.documentElement.dataset.script = 'hant'
} catch (error) {
  console.warn('阅读设置读取失败', error)
}
