using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright. Never runs <c>playwright install</c>: the browser comes from
/// apt (GYORYU_CHROMIUM, default /usr/bin/chromium); only Playwright's driver ships in the NuGet package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("GYORYU_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}: run ./test.sh (as root it installs it) or `apt-get install -y chromium`.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>The demo accounts' password (AccountSeed.DemoPassword in the app).</summary>
    public const string DemoPassword = "gyoryu-demo-2026";

    /// <summary>
    /// A page in its own context (cookies, storage): close it with <c>page.Context.CloseAsync()</c>. With a base address it is
    /// signed in through the sign-in form as <paramref name="signInAs"/> (a demo account; 김포시's officer unless told), or not
    /// at all when that is null, as a citizen is.
    /// </summary>
    public async Task<IPage> NewPageAsync(string locale = "ko-KR", string? baseUrl = null, string? signInAs = "gimpo.officer")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = "Asia/Seoul",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            BaseURL = baseUrl,
        });

        // A post that saves and redirects can take longer than Playwright's 30 s on a loaded 2-core runner; a hang still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        if (baseUrl is not null && signInAs is not null)
        {
            await SignInAsync(page, signInAs, DemoPassword);
        }

        return page;
    }

    /// <summary>Signs in through the form, from the keyboard, and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        // Often the app's first request: start-up work (views, the key ring) can take long on a loaded 2-core runner.
        await page.GotoAsync("/Account/SignIn", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", password);
        await page.PressAsync("#password", "Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));
    }

    /// <summary>Writes docs/screenshots/&lt;name&gt;.png in the repository and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var path = ScreenshotPath($"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>
    /// Where a picture for the documentation goes: docs/screenshots, from the SQLite pass. The PostgreSQL pass takes the same
    /// pictures into a temporary folder, so one ./test.sh does not rewrite every picture twice.
    /// </summary>
    public static string ScreenshotPath(string fileName)
    {
        var folder = TestPostgres.IsChosen
            ? Path.Combine(Path.GetTempPath(), "gyoryu-screenshots-postgresql")
            : RepoRoot.Combine("docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
