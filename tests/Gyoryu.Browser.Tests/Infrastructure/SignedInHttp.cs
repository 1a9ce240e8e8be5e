using System.Net;
using System.Text.RegularExpressions;

namespace Gyoryu.Browser.Tests.Infrastructure;

/// <summary>An HttpClient signed in through the app's sign-in form, for tests that talk HTTP to the app process.</summary>
public static class SignedInHttp
{
    public static async Task<HttpClient> CreateAsync(string baseUrl, string userName = "gimpo.officer", string password = BrowserFixture.DemoPassword)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(baseUrl) };
        var form = await http.GetStringAsync("/Account/SignIn");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signedIn = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.UserName"] = userName,
            ["Form.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        signedIn.EnsureSuccessStatusCode();
        if (signedIn.RequestMessage?.RequestUri?.AbsolutePath == "/Account/SignIn")
        {
            throw new InvalidOperationException($"Could not sign in as {userName}.");
        }

        return http;
    }
}
