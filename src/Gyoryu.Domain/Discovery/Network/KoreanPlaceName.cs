using System.Text;
using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>Which tier a suffix the list wrote points to: "Jeju City" is the city, "Jeju Province" the province.</summary>
internal enum TierHint
{
    None,
    Basic,
    Metropolitan,
}

/// <summary>A Korean place name as twin-town lists write it, split into the local part and the 광역 (or county) that qualifies it.</summary>
internal readonly record struct KoreanPlaceName(string Key, TierHint Hint, string? QualifierKey)
{
    private static readonly (string Suffix, TierHint Hint)[] Suffixes =
    [
        (" special self-governing province", TierHint.Metropolitan),
        (" special self-governing city", TierHint.Metropolitan),
        (" metropolitan city", TierHint.Metropolitan),
        (" special city", TierHint.Metropolitan),
        (" province", TierHint.Metropolitan),
        (" state", TierHint.Metropolitan),
        (" city", TierHint.Basic),
        (" county", TierHint.Basic),
        (" district", TierHint.Basic),
        ("-si", TierHint.Basic),
        ("-gun", TierHint.Basic),
        ("-gu", TierHint.Basic),
        ("-do", TierHint.Metropolitan),
        (" si", TierHint.Basic),
        (" gun", TierHint.Basic),
        (" gu", TierHint.Basic),
        (" do", TierHint.Metropolitan),
    ];

    /// <summary>Reads "Seoul – Songpa", "Songpa (Seoul)", "Jung District, Busan" and plain "Pohang".</summary>
    public static KoreanPlaceName Read(string text)
    {
        var name = text.Trim();
        string? qualifier = null;

        var dash = DashSplit(name);
        if (dash is { } split)
        {
            qualifier = split.Before;
            name = split.After;
        }
        else if (name.EndsWith(')') && name.LastIndexOf('(') is var open and > 0)
        {
            qualifier = name[(open + 1)..^1];
            name = name[..open];
        }
        else if (name.IndexOf(',') is var comma and > 0)
        {
            qualifier = name[(comma + 1)..];
            name = name[..comma];
        }

        var (key, hint) = KeyOf(name);
        return new KoreanPlaceName(key, hint, qualifier is null ? null : KeyOf(qualifier).Key is { Length: > 0 } q ? q : null);
    }

    /// <summary>The comparable form of a name: folded, suffix words removed, letters and digits only ("Jung-gu" and "Jung District" give "jung").</summary>
    public static (string Key, TierHint Hint) KeyOf(string text)
    {
        var folded = SearchText.Fold(text).Replace('–', '-').Replace('—', '-').Replace('_', ' ');
        var hint = TierHint.None;
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var (suffix, suffixHint) in Suffixes)
            {
                if (folded.Length > suffix.Length + 1 && folded.EndsWith(suffix, StringComparison.Ordinal))
                {
                    folded = folded[..^suffix.Length].TrimEnd(' ', '-');
                    hint = hint == TierHint.None ? suffixHint : hint;
                    stripped = true;
                    break;
                }
            }
        }

        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return (key.ToString(), hint);
    }

    private static (string Before, string After)? DashSplit(string name)
    {
        // An en or em dash always separates; a hyphen only with spaces around it, since it also joins "Jung-gu".
        foreach (var separator in new[] { "–", "—", " - " })
        {
            var at = name.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at + separator.Length < name.Length)
            {
                return (name[..at].Trim(), name[(at + separator.Length)..].Trim());
            }
        }

        return null;
    }
}
