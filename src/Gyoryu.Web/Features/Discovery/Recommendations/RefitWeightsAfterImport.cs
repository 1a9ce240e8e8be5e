using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Discovery.Import;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Recommendations;

/// <summary>
/// After an import adds links, fits the scoring weights on the whole network as it now stands (places, profiles, twin links and
/// partnerships) and stores them on the import; the index picks them up as the defaults of every ranking that names none.
/// </summary>
public sealed class RefitWeightsAfterImport(DiscoveryIndex index, GyoryuDbContext db, ILogger<RefitWeightsAfterImport> logger) : IDiscoveryNetworkListener
{
    public async Task NetworkChangedAsync(int importId, CancellationToken cancellationToken)
    {
        var snapshot = await index.FreshAsync(cancellationToken);
        var start = snapshot.Weights.Weights;
        var fit = await Task.Run(() => WeightFitter.Fit(snapshot.Records, snapshot.Ties, new WeightFitOptions(Start: start)), cancellationToken);
        var import = await db.TwinImports.SingleAsync(i => i.Id == importId, cancellationToken);
        import.WeightsFitted(fit.Weights, Summary(fit));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Fitted the scoring weights on import {ImportId}: {Summary}", importId, import.FitSummary);
    }

    private static string Summary(WeightFit fit)
    {
        var recall = FormattableString.Invariant(
            $"검증 링크 국내 {fit.KoreanLinks}·세계 {fit.WorldwideLinks}개, recall@50 국내 {fit.StartKorean.At50:0.000}→{fit.FittedKorean.At50:0.000}, 세계 {fit.StartWorldwide.At50:0.000}→{fit.FittedWorldwide.At50:0.000}, {fit.Elapsed.TotalSeconds:0.0}초");
        return fit.ComponentsWithoutSignal.Count > 0 ? $"{recall}; 신호 없는 요소(시작값 유지): {string.Join(", ", fit.ComponentsWithoutSignal)}" : recall;
    }
}
