using Gyoryu.Browser.Tests.Infrastructure;

namespace Gyoryu.Browser.Tests.Smoke;

// Proves Debian's Chromium and Playwright's bundled driver work together, without the app.
public sealed class Browser_opens_a_local_page(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_korean_heading_is_read_back()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync("data:text/html;charset=utf-8,<h1>안녕</h1>");

            (await page.Locator("h1").InnerTextAsync()).ShouldBe("안녕");
            (await page.EvaluateAsync<string>("navigator.language")).ShouldBe("ko-KR");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
