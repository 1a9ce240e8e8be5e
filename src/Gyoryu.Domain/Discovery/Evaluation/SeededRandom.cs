namespace Gyoryu.Domain.Discovery.Evaluation;

/// <summary>SplitMix64: the same seed gives the same sequence on every runtime, which System.Random does not promise.</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in 0..bound-1 (the modulo bias is below 2^-40 for any list this code sees).</summary>
    public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

    public bool NextBool() => (NextUInt64() >> 63) != 0;

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A fixed-size sample in the order the items came, or all of them when there are fewer.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int size)
    {
        if (items.Count <= size)
        {
            return [.. items];
        }

        var positions = Enumerable.Range(0, items.Count).ToList();
        Shuffle(positions);
        return positions.Take(size).Order().Select(p => items[p]).ToList();
    }
}
