namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Korean-aware tokens of development-goal text: words split on anything but letters and digits and at script changes,
/// one trailing particle and a trailing 도시/시 stripped, and Hangul words also cut into character bigrams, so 수로도시 meets 수로.
/// </summary>
public static class GoalText
{
    /// <summary>Token hashes live in 2^16 buckets: collisions among a place's few dozen tokens are rare and memory stays at 2 bytes a token.</summary>
    public const int HashBuckets = 1 << 16;

    // Longest first, so 으로 wins over 로.
    private static readonly string[] Particles = ["으로", "에서", "에게", "까지", "부터", "처럼", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과"];

    private static readonly string[] CitySuffixes = ["도시", "시"];

    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length || !char.IsLetterOrDigit(span[i]) || (start >= 0 && IsHangul(span[i]) != IsHangul(span[start]));
            if (!boundary)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                AddWord(span[start..i].ToString(), tokens);
                start = -1;
            }

            if (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>Stable across processes (unlike string.GetHashCode): FNV-1a folded to 16 bits.</summary>
    public static ushort Hash(string token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (ushort)(hash ^ (hash >> 16));
    }

    private static void AddWord(string word, List<string> tokens)
    {
        if (!IsHangul(word[0]))
        {
            if (word.Length >= 2)
            {
                tokens.Add(word.ToLowerInvariant());
            }

            return;
        }

        var stem = StripSuffix(StripSuffix(word, Particles), CitySuffixes);
        if (stem.Length < 2)
        {
            return;
        }

        tokens.Add(stem);
        if (stem.Length > 2)
        {
            for (var i = 0; i + 1 < stem.Length; i++)
            {
                tokens.Add(stem.Substring(i, 2));
            }
        }
    }

    private static string StripSuffix(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3131' and <= '\u318E';
}
