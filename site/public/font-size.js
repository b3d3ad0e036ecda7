// Apply the reader's saved text size before the first paint.
try {
  var size = localStorage.getItem('fengcai-font-size')
  if (size === 'large' || size === 'xlarge') document.documentElement.dataset.fontSize = size
} catch (error) {
  console.warn('字号设置读取失败', error)
}
