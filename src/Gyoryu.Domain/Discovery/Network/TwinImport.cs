using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>One import of a twin-town list: what it added, what it could not match, and the weights fitted on the network after it.</summary>
public sealed class TwinImport
{
    private TwinImport()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
        ImportedBy = string.Empty;
        UnmatchedReport = string.Empty;
    }

    public int Id { get; private set; }

    public string FileName { get; private set; }

    public string Sha256 { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>Data rows in the file.</summary>
    public int Rows { get; private set; }

    public int LinksAdded { get; private set; }

    /// <summary>Rows whose link was stored already (by an earlier import or an earlier line).</summary>
    public int LinksAlreadyKnown { get; private set; }

    public int PlacesCreated { get; private set; }

    public int UnmatchedRows { get; private set; }

    /// <summary>One line per place that could not be matched (<see cref="TwinUnmatched.ToReportLine"/>): line, side, names and the reason in both languages.</summary>
    public string UnmatchedReport { get; private set; }

    public double? FittedSimilarity { get; private set; }

    public double? FittedComplementarity { get; private set; }

    public double? FittedEconomic { get; private set; }

    public double? FittedNetwork { get; private set; }

    public double? FittedConcentration { get; private set; }

    /// <summary>How the weights were fitted and what they scored, in one line.</summary>
    public string? FitSummary { get; private set; }

    public ScoringWeights? FittedWeights =>
        FittedSimilarity is { } s && FittedComplementarity is { } c && FittedEconomic is { } e && FittedNetwork is { } n && FittedConcentration is { } k
            ? new ScoringWeights(s, c, e, n, k)
            : null;

    public static TwinImport Start(string fileName, string sha256, int rows, Stamp stamp) =>
        new() { FileName = fileName, Sha256 = sha256, Rows = rows, ImportedBy = stamp.By, ImportedAt = stamp.At };

    public void Counted(int linksAdded, int linksAlreadyKnown, int placesCreated, IReadOnlyList<TwinUnmatched> unmatched)
    {
        LinksAdded = linksAdded;
        LinksAlreadyKnown = linksAlreadyKnown;
        PlacesCreated = placesCreated;
        UnmatchedRows = unmatched.Select(u => u.Line).Distinct().Count();
        UnmatchedReport = string.Join('\n', unmatched.OrderBy(u => u.Line).ThenBy(u => u.Side).Select(u => u.ToReportLine()));
    }

    /// <summary>The unmatched places, read back from <see cref="UnmatchedReport"/>.</summary>
    public IReadOnlyList<TwinUnmatched> Unmatched() =>
        [.. UnmatchedReport.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TwinUnmatched.FromReportLine).OfType<TwinUnmatched>()];

    public void WeightsFitted(ScoringWeights weights, string summary)
    {
        FittedSimilarity = weights.Similarity;
        FittedComplementarity = weights.Complementarity;
        FittedEconomic = weights.Economic;
        FittedNetwork = weights.Network;
        FittedConcentration = weights.Concentration;
        FitSummary = summary.Length > 1000 ? summary[..1000] : summary;
    }
}
