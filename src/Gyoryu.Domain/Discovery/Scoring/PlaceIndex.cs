using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Every known place as parallel arrays (a column per attribute), built once and then only read, so one index can serve
/// many concurrent rankings. Places are addressed by a dense index 0..Count-1; <see cref="IndexOf"/> maps ids to it.
/// </summary>
public sealed class PlaceIndex
{
    /// <summary>Text vectors keep at most this many tokens (the heaviest), bounding memory and the per-candidate loop.</summary>
    public const int MaxTokensPerPlace = 48;

    private readonly Dictionary<string, int> byId;

    private PlaceIndex(int count, Dictionary<string, int> byId)
    {
        Count = count;
        this.byId = byId;
        Ids = new string[count];
        Kinds = new PlaceKind[count];
        Countries = new ushort[count];
        Regions = new int[count];
        Populations = new long[count];
        Latitudes = new double[count];
        Longitudes = new double[count];
        X = new double[count];
        Y = new double[count];
        Z = new double[count];
        SizeScores = new float[count];
        IndustryMasks = new ulong[count];
        TagMasks = new ulong[count];
        TokenStart = new int[count + 1];
        NeighbourStart = new int[count + 1];
    }

    public int Count { get; }

    public int CountryCount => CountryCodes.Length;

    public int RegionCount => RegionNames.Length;

    /// <summary>Index of "KR" among the countries, or -1 when no Korean place is known.</summary>
    public int KoreaCountry { get; private set; } = -1;

    internal string[] Ids { get; }

    internal PlaceKind[] Kinds { get; }

    internal ushort[] Countries { get; }

    internal int[] Regions { get; }

    internal long[] Populations { get; }

    internal double[] Latitudes { get; }

    internal double[] Longitudes { get; }

    // Unit vectors on the sphere, in double because nearby places differ in the fifth digit: the haversine term sin²(Δσ/2) is a quarter of the squared chord, with no trigonometry per pair.
    internal double[] X { get; }

    internal double[] Y { get; }

    internal double[] Z { get; }

    internal float[] SizeScores { get; }

    internal ulong[] IndustryMasks { get; }

    internal ulong[] TagMasks { get; }

    /// <summary>Industries, tags, size band and whether a place has goal tokens, packed for the scan (<see cref="PlaceTraits"/>).</summary>
    internal ulong[] Traits { get; private set; } = [];

    internal int[] TokenStart { get; }

    internal ushort[] TokenIds { get; private set; } = [];

    internal float[] TokenWeights { get; private set; } = [];

    internal int[] NeighbourStart { get; }

    internal int[] NeighbourIds { get; private set; } = [];

    /// <summary>1/ln(degree), the Adamic–Adar weight of a place as a common neighbour.</summary>
    internal float[] InverseLogDegree { get; private set; } = [];

    /// <summary>ln(1 + degree), the popularity term of the network evidence.</summary>
    internal double[] LogDegree { get; private set; } = [];

    internal string[] CountryCodes { get; private set; } = [];

    internal string[] CountryNames { get; private set; } = [];

    internal string[] RegionNames { get; private set; } = [];

    /// <summary>Ties between places of country a and country b, at [a * CountryCount + b]; symmetric.</summary>
    internal int[] CountryPairTies { get; private set; } = [];

    /// <summary>Economic closeness of two countries, 0..1, supplied or derived from <see cref="CountryPairTies"/>.</summary>
    internal float[] CountryEconomicTies { get; private set; } = [];

    /// <summary>Per country, the smallest spherical cap holding its places around their mean direction: x, y, z, angular radius.</summary>
    internal double[] CountryCaps { get; private set; } = [];

    /// <summary>Per country, the largest <see cref="LogDegree"/> of its places: the most its popularity term can add.</summary>
    internal double[] CountryMaxLogDegree { get; private set; } = [];

    /// <summary>Indices of Korean places, where similar governments are looked for.</summary>
    internal int[] KoreanPlaces { get; private set; } = [];

    public string Id(int place) => Ids[place];

    public int IndexOf(string id) => byId.TryGetValue(id, out var index)
        ? index
        : throw new DomainRuleException("scoring.unknown-place", $"알 수 없는 장소입니다: {id}", $"Unknown place: {id}", "sourcePlaceId");

    public bool TryIndexOf(string id, out int index) => byId.TryGetValue(id, out index);

    public PlaceKind Kind(int place) => Kinds[place];

    public string CountryCode(int place) => CountryCodes[Countries[place]];

    public int CountryOf(int place) => Countries[place];

    public int RegionOf(int place) => Regions[place];

    public string RegionName(int place) => RegionNames[Regions[place]];

    public long Population(int place) => Populations[place];

    public double Latitude(int place) => Latitudes[place];

    public double Longitude(int place) => Longitudes[place];

    public ulong IndustryMask(int place) => IndustryMasks[place];

    public ulong GoalTagMask(int place) => TagMasks[place];

    /// <summary>Hashed goal-text tokens in ascending order, with their TF-IDF weights (the vector has unit length).</summary>
    public ReadOnlySpan<ushort> GoalTokens(int place) => TokenIds.AsSpan(TokenStart[place], TokenStart[place + 1] - TokenStart[place]);

    public ReadOnlySpan<float> GoalTokenWeights(int place) => TokenWeights.AsSpan(TokenStart[place], TokenStart[place + 1] - TokenStart[place]);

    /// <summary>Existing partners, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int place) => NeighbourIds.AsSpan(NeighbourStart[place], NeighbourStart[place + 1] - NeighbourStart[place]);

    public int Degree(int place) => NeighbourStart[place + 1] - NeighbourStart[place];

    public bool AreTied(int a, int b) => Neighbours(a).BinarySearch(b) >= 0;

    public string CountryCodeAt(int country) => CountryCodes[country];

    public string CountryName(int country) => CountryNames[country];

    public int CountryTies(int countryA, int countryB) => CountryPairTies[(countryA * CountryCount) + countryB];

    public double CountryEconomicTie(int countryA, int countryB) => CountryEconomicTies[(countryA * CountryCount) + countryB];

    public bool TryCountryIndex(string code, out int country)
    {
        country = Array.IndexOf(CountryCodes, code.ToUpperInvariant());
        return country >= 0;
    }

    /// <summary>Bytes held by the columns, for the ≤ 100 MB budget (object headers and the id dictionary left out).</summary>
    public long EstimatedBytes =>
        ((long)Count * (1 + 2 + 4 + 8 + (8 * 5) + 4 + 8 + 8 + 8 + 4 + 4 + 4 + 8))
        + ((long)TokenIds.Length * 6) + ((long)NeighbourIds.Length * 4)
        + ((long)CountryPairTies.Length * 8) + ((long)CountryCaps.Length * 8) + ((long)CountryMaxLogDegree.Length * 8);

    /// <param name="countryNames">Korean names by alpha-2 code, for reasons and warnings; the code is shown when missing.</param>
    /// <param name="economicTies">Economic closeness of country pairs (trade, flights, agreements), 0..1; when a pair is missing it is
    /// derived from how many ties the two countries already have.</param>
    public static PlaceIndex Build(
        IEnumerable<PlaceRecord> places,
        IEnumerable<PlaceTie> ties,
        IReadOnlyDictionary<string, string>? countryNames = null,
        IReadOnlyDictionary<(string A, string B), double>? economicTies = null)
    {
        var records = places.ToList();
        var byId = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!byId.TryAdd(records[i].Id, i))
            {
                throw new DomainRuleException("scoring.duplicate-place", $"장소 ID가 중복됩니다: {records[i].Id}", $"Duplicate place id: {records[i].Id}", "Id");
            }
        }

        var index = new PlaceIndex(records.Count, byId);
        index.FillAttributes(records, countryNames);
        index.FillTokens(records);
        index.FillNeighbours(ties);
        index.FillCountryTies(economicTies);
        index.FillTraits();
        index.FillCountryCaps();
        index.FillCountryMaxLogDegree();
        return index;
    }

    private void FillAttributes(List<PlaceRecord> records, IReadOnlyDictionary<string, string>? countryNames)
    {
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        var regionLabels = new List<string>();
        var korean = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var code = r.CountryCode.Trim().ToUpperInvariant();
            if (!countries.TryGetValue(code, out var country))
            {
                country = countries.Count;
                if (country > ushort.MaxValue)
                {
                    throw new DomainRuleException("scoring.too-many-countries", "국가 수가 너무 많습니다.", "Too many countries.", "CountryCode");
                }

                countries.Add(code, country);
            }

            var regionKey = code + "/" + r.Region;
            if (!regions.TryGetValue(regionKey, out var region))
            {
                region = regions.Count;
                regions.Add(regionKey, region);
                regionLabels.Add(r.Region);
            }

            Ids[i] = r.Id;
            Kinds[i] = r.Kind;
            Countries[i] = (ushort)country;
            Regions[i] = region;
            Populations[i] = Math.Max(0, r.Population);
            Latitudes[i] = r.Latitude;
            Longitudes[i] = r.Longitude;
            var lat = r.Latitude * Math.PI / 180;
            var lng = r.Longitude * Math.PI / 180;
            X[i] = Math.Cos(lat) * Math.Cos(lng);
            Y[i] = Math.Cos(lat) * Math.Sin(lng);
            Z[i] = Math.Sin(lat);
            SizeScores[i] = (float)ScoringModel.SizeScore(r.Population);
            IndustryMasks[i] = r.Industries;
            TagMasks[i] = r.GoalTags;
            if (r.Kind == PlaceKind.Korean)
            {
                korean.Add(i);
            }
        }

        CountryCodes = countries.OrderBy(c => c.Value).Select(c => c.Key).ToArray();
        CountryNames = CountryCodes.Select(c => countryNames is not null && countryNames.TryGetValue(c, out var name) ? name : c).ToArray();
        RegionNames = regionLabels.ToArray();
        KoreanPlaces = korean.ToArray();
        KoreaCountry = Array.IndexOf(CountryCodes, "KR");
    }

    private void FillTokens(List<PlaceRecord> records)
    {
        // Term counts per place, then document frequency, then TF-IDF vectors of unit length.
        var bags = new Dictionary<ushort, int>[records.Count];
        var documentFrequency = new int[GoalText.HashBuckets];
        for (var i = 0; i < records.Count; i++)
        {
            var bag = new Dictionary<ushort, int>();
            foreach (var token in GoalText.Tokens(records[i].GoalText))
            {
                var hash = GoalText.Hash(token);
                bag[hash] = bag.GetValueOrDefault(hash) + 1;
            }

            foreach (var hash in bag.Keys)
            {
                documentFrequency[hash]++;
            }

            bags[i] = bag;
        }

        var ids = new List<ushort>();
        var weights = new List<float>();
        for (var i = 0; i < records.Count; i++)
        {
            TokenStart[i] = ids.Count;
            var vector = bags[i]
                .Select(t => (Hash: t.Key, Weight: (1 + Math.Log(t.Value)) * Math.Log(1 + ((double)records.Count / documentFrequency[t.Key]))))
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Hash)
                .Take(MaxTokensPerPlace)
                .OrderBy(t => t.Hash)
                .ToList();
            var norm = Math.Sqrt(vector.Sum(t => t.Weight * t.Weight));
            foreach (var (hash, weight) in vector)
            {
                ids.Add(hash);
                weights.Add((float)(weight / norm));
            }
        }

        TokenStart[records.Count] = ids.Count;
        TokenIds = ids.ToArray();
        TokenWeights = weights.ToArray();
    }

    private void FillNeighbours(IEnumerable<PlaceTie> ties)
    {
        var pairs = new HashSet<(int, int)>();
        foreach (var tie in ties)
        {
            var a = PlaceOfTie(tie.A);
            var b = PlaceOfTie(tie.B);
            if (a == b)
            {
                throw new DomainRuleException("scoring.self-tie", $"장소가 자기 자신과 결연할 수 없습니다: {tie.A}", $"A place cannot be tied to itself: {tie.A}", "B");
            }

            pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        }

        var degree = new int[Count];
        foreach (var (a, b) in pairs)
        {
            degree[a]++;
            degree[b]++;
        }

        for (var i = 0; i < Count; i++)
        {
            NeighbourStart[i + 1] = NeighbourStart[i] + degree[i];
        }

        var neighbours = new int[NeighbourStart[Count]];
        var fill = NeighbourStart[..Count];
        foreach (var (a, b) in pairs)
        {
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }

        var inverseLogDegree = new float[Count];
        var logDegree = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            Array.Sort(neighbours, NeighbourStart[i], degree[i]);
            inverseLogDegree[i] = (float)(1 / Math.Log(Math.Max(2, degree[i])));
            logDegree[i] = Math.Log(1 + degree[i]);
        }

        NeighbourIds = neighbours;
        InverseLogDegree = inverseLogDegree;
        LogDegree = logDegree;
    }

    private void FillTraits()
    {
        var traits = new ulong[Count];
        for (var i = 0; i < Count; i++)
        {
            traits[i] = PlaceTraits.Pack(IndustryMasks[i], TagMasks[i], SizeScores[i], TokenStart[i + 1] > TokenStart[i]);
        }

        Traits = traits;
    }

    private void FillCountryCaps()
    {
        var caps = new double[CountryCount * 4];
        for (var i = 0; i < Count; i++)
        {
            var at = Countries[i] * 4;
            caps[at] += X[i];
            caps[at + 1] += Y[i];
            caps[at + 2] += Z[i];
        }

        var minCos = new double[CountryCount];
        Array.Fill(minCos, 1.0);
        for (var country = 0; country < CountryCount; country++)
        {
            var at = country * 4;
            var norm = Math.Sqrt((caps[at] * caps[at]) + (caps[at + 1] * caps[at + 1]) + (caps[at + 2] * caps[at + 2]));
            if (norm < 1e-9)
            {
                // Places spread evenly round the globe have no useful centre; a cap of radius π holds everything.
                (caps[at], caps[at + 1], caps[at + 2]) = (0, 0, 1);
                minCos[country] = -1;
                continue;
            }

            caps[at] /= norm;
            caps[at + 1] /= norm;
            caps[at + 2] /= norm;
        }

        for (var i = 0; i < Count; i++)
        {
            var at = Countries[i] * 4;
            var cos = (caps[at] * X[i]) + (caps[at + 1] * Y[i]) + (caps[at + 2] * Z[i]);
            minCos[Countries[i]] = Math.Min(minCos[Countries[i]], double.IsNaN(cos) ? -1 : cos);
        }

        for (var country = 0; country < CountryCount; country++)
        {
            caps[(country * 4) + 3] = Math.Acos(Math.Clamp(minCos[country], -1, 1));
        }

        CountryCaps = caps;
    }

    private void FillCountryMaxLogDegree()
    {
        var best = new double[CountryCount];
        for (var i = 0; i < Count; i++)
        {
            best[Countries[i]] = Math.Max(best[Countries[i]], LogDegree[i]);
        }

        CountryMaxLogDegree = best;
    }

    private int PlaceOfTie(string id) => byId.TryGetValue(id, out var place)
        ? place
        : throw new DomainRuleException("scoring.unknown-tie-place", $"결연 자료에 알 수 없는 장소가 있습니다: {id}", $"A tie names an unknown place: {id}", "A");

    private void FillCountryTies(IReadOnlyDictionary<(string A, string B), double>? economicTies)
    {
        var countries = CountryCount;
        var pairTies = new int[countries * countries];
        for (var a = 0; a < Count; a++)
        {
            foreach (var b in Neighbours(a))
            {
                if (a < b)
                {
                    var ca = Countries[a];
                    var cb = Countries[b];
                    pairTies[(ca * countries) + cb]++;
                    if (ca != cb)
                    {
                        pairTies[(cb * countries) + ca]++;
                    }
                }
            }
        }

        var busiest = 0;
        for (var a = 0; a < countries; a++)
        {
            for (var b = 0; b < countries; b++)
            {
                if (a != b)
                {
                    busiest = Math.Max(busiest, pairTies[(a * countries) + b]);
                }
            }
        }

        var economic = new float[countries * countries];
        for (var a = 0; a < countries; a++)
        {
            for (var b = 0; b < countries; b++)
            {
                double tie;
                if (a == b)
                {
                    tie = 1;
                }
                else if (economicTies is not null
                    && (economicTies.TryGetValue((CountryCodes[a], CountryCodes[b]), out tie) || economicTies.TryGetValue((CountryCodes[b], CountryCodes[a]), out tie)))
                {
                    tie = Math.Clamp(tie, 0, 1);
                }
                else
                {
                    tie = busiest == 0 ? 0 : Math.Log(1 + pairTies[(a * countries) + b]) / Math.Log(1 + busiest);
                }

                economic[(a * countries) + b] = (float)tie;
            }
        }

        CountryPairTies = pairTies;
        CountryEconomicTies = economic;
    }
}
