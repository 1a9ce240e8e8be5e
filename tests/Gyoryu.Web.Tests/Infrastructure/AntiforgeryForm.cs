using System.Text.RegularExpressions;

namespace Gyoryu.Web.Tests.Infrastructure;

/// <summary>Posting a form the way a browser does: the fields plus the page's antiforgery token.</summary>
public static partial class AntiforgeryForm
{
    /// <summary>The first antiforgery token in a page's HTML.</summary>
    public static string TokenIn(string html) => Token().Match(html).Groups[1].Value;

    public static FormUrlEncodedContent From(string html, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", TokenIn(html))));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
