using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Gyoryu.Web.Tests.Infrastructure.Localisation;

/// <summary>Korean text is the key of every UI string; each one must have an English entry, or English pages show Korean.</summary>
public sealed partial class EnglishResourceTests
{
    [Fact]
    public void Every_localised_string_in_pages_and_messages_has_an_English_translation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Gyoryu.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

        var keys = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalisedLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups["key"].Value))))
            .Where(k => k.Key.Any(c => c is >= '가' and <= '힣'))
            .ToList();

        keys.ShouldNotBeEmpty();
        var missing = keys.Where(k => !english.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(k => $"{k.File}: {k.Key}").Distinct().Order(StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void English_translations_contain_no_Hangul()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Gyoryu.Web");
        var untranslated = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data")
            .Where(d => ((string?)d.Element("value") ?? string.Empty).Any(c => c is >= '가' and <= '힣'))
            .Select(d => (string)d.Attribute("name")!)
            .ToList();
        untranslated.ShouldBeEmpty();
    }

    // Above the test assembly, or above this source file when the build wrote its output elsewhere (--artifacts-path).
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile)! })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gyoryu.slnx")))
            {
                directory = directory.Parent;
            }

            if (directory is not null)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gyoryu.slnx not found above the test assembly.");
    }

    // L["…"], l["…"] in pages and page models, and ErrorMessage = "…" on DataAnnotations.
    [GeneratedRegex("""(?:\b[Ll]\[|ErrorMessage\s*=\s*)"(?<key>(?:[^"\\]|\\.)*)"(?:\]|[,)\s])""")]
    private static partial Regex LocalisedLiteral();
}
