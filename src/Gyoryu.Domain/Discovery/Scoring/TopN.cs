namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// The best N (score, place) pairs seen so far, as a bounded min-heap whose root is the worst kept; equal scores prefer the lower index,
/// so every ranker orders ties the same way.
/// </summary>
internal sealed class TopN
{
    private readonly double[] scores;
    private readonly int[] places;

    public TopN(int capacity)
    {
        scores = new double[capacity];
        places = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>
    /// The score a new place must beat to enter: the worst kept once the heap is full, negative infinity before. A place offered
    /// after every kept one (a scan in ascending order) with exactly this score would lose the tie, so it need not be offered.
    /// </summary>
    public double Floor => Count < scores.Length ? double.NegativeInfinity : scores[0];

    public void Clear() => Count = 0;

    public void Offer(double score, int place)
    {
        if (Count < scores.Length)
        {
            var i = Count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Worse(score, place, scores[parent], places[parent]))
                {
                    break;
                }

                scores[i] = scores[parent];
                places[i] = places[parent];
                i = parent;
            }

            scores[i] = score;
            places[i] = place;
            return;
        }

        if (Worse(score, place, scores[0], places[0]))
        {
            return;
        }

        SiftDownFromRoot(score, place);
    }

    /// <summary>Empties the heap into (score, place) pairs, best first.</summary>
    public (double Score, int Place)[] DrainBestFirst()
    {
        var result = new (double Score, int Place)[Count];
        for (var k = Count - 1; k >= 0; k--)
        {
            result[k] = (scores[0], places[0]);
            var lastScore = scores[Count - 1];
            var lastPlace = places[Count - 1];
            Count--;
            if (Count > 0)
            {
                SiftDownFromRoot(lastScore, lastPlace);
            }
        }

        return result;
    }

    private static bool Worse(double score, int place, double otherScore, int otherPlace) =>
        score < otherScore || (score == otherScore && place > otherPlace);

    private void SiftDownFromRoot(double score, int place)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Worse(scores[child + 1], places[child + 1], scores[child], places[child]))
            {
                child++;
            }

            if (!Worse(scores[child], places[child], score, place))
            {
                break;
            }

            scores[i] = scores[child];
            places[i] = places[child];
            i = child;
        }

        scores[i] = score;
        places[i] = place;
    }
}
