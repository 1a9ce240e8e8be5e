using System.Globalization;
using System.Text;

namespace Gyoryu.Domain.Common;

/// <summary>The form names are stored and searched in, so that "Osaka" finds "Ōsaka" and "sao paulo" finds "São Paulo".</summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        // Recomposing keeps Hangul syllables whole; lower-casing is culture-free so "I" never becomes a dotless ı.
        return folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant()
            .Replace("ß", "ss").Replace('ø', 'o').Replace('đ', 'd').Replace('ł', 'l').Replace('ı', 'i');
    }
}
