using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>교류 활동 home of the officer's government: the month calendar, what is coming and what was done lately.</summary>
public sealed class IndexModel(ExchangeQueries queries, CurrentOfficer officer, TimeProvider clock) : PageModel
{
    public const int UpcomingDays = 90;

    public MonthCalendar Calendar { get; private set; } = null!;

    public IReadOnlyList<ActivityRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<ActivityRow> Recent { get; private set; } = [];

    public IReadOnlyList<PartnershipRow> Partnerships { get; private set; } = [];

    public int? PartnershipId { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(string? month, int? partnershipId, CancellationToken cancellationToken)
    {
        var code = officer.GovernmentCode;
        Today = ExchangesApi.Today(clock);
        PartnershipId = partnershipId;
        Partnerships = await queries.PartnershipsAsync(code, liveOnly: false, cancellationToken);
        var first = MonthCalendar.MonthOf(month, Today);
        var (start, end) = MonthCalendar.GridOf(first);
        Calendar = MonthCalendar.Build(first, await queries.BetweenAsync(code, start, end, partnershipId, cancellationToken), Today);
        Upcoming = await queries.UpcomingAsync(code, Today, UpcomingDays, partnershipId, cancellationToken);
        Recent = await queries.RecentAsync(code, Today, 10, partnershipId, cancellationToken);
    }

    /// <summary>The calendar link of another month, keeping the partnership filter.</summary>
    public string MonthUrl(string key) => PartnershipId is { } id ? $"/Exchanges?month={key}&partnershipId={id}" : $"/Exchanges?month={key}";
}
