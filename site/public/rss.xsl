<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the site's RSS feeds as a readable page when opened in a browser (a feed reader ignores it). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" />
  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="/rss/channel/title" />（订阅源）</title>
        <link rel="stylesheet" href="/rss-feed.css" />
      </head>
      <body>
        <main>
          <div class="note">
            <p>这是一个 RSS 订阅源，供阅读器使用，内容与网站同步更新。</p>
            <p>订阅方法：复制浏览器地址栏中的本页地址，在 RSS 阅读器（手机或电脑上的阅读器应用）中选择“添加订阅”并粘贴，有新内容时阅读器会提醒您。</p>
          </div>
          <h1><xsl:value-of select="/rss/channel/title" /></h1>
          <p><xsl:value-of select="/rss/channel/description" /></p>
          <p><a href="/">返回网站首页</a> · <a href="/feeds/">全部订阅源</a></p>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
