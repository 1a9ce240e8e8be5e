using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Partnerships;

/// <summary>The filters of the partnership list: the views GAOK offers (type, status, country, field, decade) plus a search.</summary>
public sealed record PartnershipFilter
{
    /// <summary>MOIS code of the government whose ties are listed (as owner or as domestic partner); null lists all.</summary>
    public string? Government { get; init; }

    public string? Q { get; init; }

    public PartnershipType? Type { get; init; }

    public PartnershipStatus? Status { get; init; }

    /// <summary>ISO alpha-2; "KR" lists domestic ties.</summary>
    public string? Country { get; init; }

    public ExchangeFields? Field { get; init; }

    /// <summary>First year of a decade of signing, e.g. 2020.</summary>
    public int? Decade { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>One partnership seen from one government's side.</summary>
public sealed record PartnershipRow(
    int Id,
    string OwnerCode,
    string GovernmentCode,
    string GovernmentNameKo,
    string GovernmentNameEn,
    string GovernmentProvinceKo,
    bool IsDomestic,
    bool RegisteredByPartner,
    string PartnerKey,
    string PartnerNameKo,
    string PartnerNameEn,
    string? PartnerRegion,
    string CountryCode,
    string CountryNameKo,
    string CountryNameEn,
    PartnershipType Type,
    PartnershipStatus Status,
    PartialDate? SignedOn,
    PartialDate? UpgradedOn,
    ExchangeFields Fields,
    double? Latitude,
    double? Longitude,
    int Version);

public sealed record PartnershipPage(IReadOnlyList<PartnershipRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed class PartnershipQueries(GyoryuDbContext db)
{
    public async Task<PartnershipPage> ListAsync(PartnershipFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var ids = await NewestFirst(query).Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await RowsInOrderAsync(ids, filter.Government, cancellationToken);
        return new PartnershipPage(rows, total, page, pageSize);
    }

    /// <summary>Every matching row, for exports and maps.</summary>
    public async Task<IReadOnlyList<PartnershipRow>> AllAsync(PartnershipFilter filter, CancellationToken cancellationToken)
    {
        var ids = await NewestFirst(Filtered(filter)).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await RowsInOrderAsync(ids, filter.Government, cancellationToken);
        return rows.OrderBy(r => r.OwnerCode, StringComparer.Ordinal).ToList(); // A stable sort keeps each owner's ties newest first.
    }

    private async Task<IReadOnlyList<PartnershipRow>> RowsInOrderAsync(List<int> ids, string? government, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var position = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        var flat = await Flatten(db.Partnerships.AsNoTracking().Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken);
        return flat.OrderBy(f => position[f.Id]).Select(f => f.ToRow(government)).ToList();
    }

    public async Task<PartnershipRow?> RowAsync(int id, string? government, CancellationToken cancellationToken)
    {
        var flat = await Flatten(db.Partnerships.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return flat?.ToRow(government);
    }

    /// <summary>The whole aggregate with its parts, ordered for display.</summary>
    public Task<Partnership?> AggregateAsync(int id, CancellationToken cancellationToken) =>
        db.Partnerships.AsNoTracking()
            .Include(p => p.Timeline).Include(p => p.Meetings).Include(p => p.CouncilApprovals)
            .Include(p => p.Contacts).Include(p => p.Documents)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Latest signing first, more precise dates of a year before less precise ones, undated ties last.</summary>
    private IOrderedQueryable<Partnership> NewestFirst(IQueryable<Partnership> query) =>
        db.Database.IsSqlite()
            // SQLite sorts NULL lowest, so DESC alone puts undated ties last and IX_Partnerships_SignedYear_SignedOn serves
            // the whole order by scanning backwards; an expression key such as HasValue would force a scan and sort of every row.
            ? query.OrderByDescending(p => p.SignedYear).ThenByDescending(p => p.SignedOn).ThenByDescending(p => p.Id)
            // PostgreSQL sorts NULL highest, so DESC would put undated ties first.
            : query.OrderByDescending(p => p.SignedYear.HasValue).ThenByDescending(p => p.SignedYear)
                .ThenByDescending(p => p.SignedOn).ThenByDescending(p => p.Id);

    private IQueryable<Partnership> Filtered(PartnershipFilter filter)
    {
        var query = db.Partnerships.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Government))
        {
            query = query.Where(p => p.OwnerCode == filter.Government || p.PartnerLocalGovernmentCode == filter.Government);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(p => p.Type == type);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.Field is { } field and not ExchangeFields.None)
        {
            query = query.Where(p => (p.Fields & field) != 0);
        }

        if (filter.Decade is { } decade)
        {
            var start = decade - (decade % 10);
            query = query.Where(p => p.SignedYear >= start && p.SignedYear < start + 10);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = country == "KR"
                ? query.Where(p => p.PartnerKind == PartnerKind.LocalGovernment)
                : query.Where(p => db.ForeignCities.Any(c => c.Id == p.PartnerForeignCityId && c.CountryCode == country));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLower(CultureInfo.InvariantCulture);
            var folded = SearchText.Fold(filter.Q);
            query = query.Where(p =>
                db.LocalGovernments.Any(g => (g.Code == p.PartnerLocalGovernmentCode || g.Code == p.OwnerCode) &&
                                             (g.NameKo.Contains(q) || g.NameEn.ToLower().Contains(q) || g.ProvinceKo.Contains(q))) ||
                db.ForeignCities.Any(c => c.Id == p.PartnerForeignCityId &&
                                          (c.SearchName.Contains(folded) || (c.NameKo != null && c.NameKo.Contains(q)))));
        }

        return query;
    }

    private IQueryable<FlatRow> Flatten(IQueryable<Partnership> partnerships) =>
        from p in partnerships
        join owner in db.LocalGovernments on p.OwnerCode equals owner.Code
        from partner in db.LocalGovernments.Where(g => g.Code == p.PartnerLocalGovernmentCode).DefaultIfEmpty()
        from city in db.ForeignCities.Where(c => c.Id == p.PartnerForeignCityId).DefaultIfEmpty()
        from country in db.Countries.Where(c => c.Code == city!.CountryCode).DefaultIfEmpty()
        select new FlatRow
        {
            Id = p.Id,
            OwnerCode = p.OwnerCode,
            OwnerNameKo = owner.NameKo,
            OwnerNameEn = owner.NameEn,
            OwnerProvinceKo = owner.ProvinceKo,
            OwnerLatitude = owner.Latitude,
            OwnerLongitude = owner.Longitude,
            PartnerKind = p.PartnerKind,
            PartnerCode = p.PartnerLocalGovernmentCode,
            PartnerNameKo = partner == null ? null : partner.NameKo,
            PartnerNameEn = partner == null ? null : partner.NameEn,
            PartnerProvinceKo = partner == null ? null : partner.ProvinceKo,
            PartnerLatitude = partner == null ? null : partner.Latitude,
            PartnerLongitude = partner == null ? null : partner.Longitude,
            CityId = p.PartnerForeignCityId,
            CityNameEn = city == null ? null : city.NameEn,
            CityNameKo = city == null ? null : city.NameKo,
            CityRegion = city == null ? null : city.AdminRegion,
            CityLatitude = city == null ? null : city.Latitude,
            CityLongitude = city == null ? null : city.Longitude,
            CountryCode = country == null ? null : country.Code,
            CountryNameKo = country == null ? null : country.NameKo,
            CountryNameEn = country == null ? null : country.NameEn,
            Type = p.Type,
            Status = p.Status,
            SignedOn = p.SignedOn,
            SignedYear = p.SignedYear,
            UpgradedOn = p.UpgradedOn,
            Fields = p.Fields,
            Version = p.Version,
        };

    private sealed class FlatRow
    {
        public int Id { get; init; }

        public string OwnerCode { get; init; } = string.Empty;

        public string OwnerNameKo { get; init; } = string.Empty;

        public string OwnerNameEn { get; init; } = string.Empty;

        public string OwnerProvinceKo { get; init; } = string.Empty;

        public double OwnerLatitude { get; init; }

        public double OwnerLongitude { get; init; }

        public PartnerKind PartnerKind { get; init; }

        public string? PartnerCode { get; init; }

        public string? PartnerNameKo { get; init; }

        public string? PartnerNameEn { get; init; }

        public string? PartnerProvinceKo { get; init; }

        public double? PartnerLatitude { get; init; }

        public double? PartnerLongitude { get; init; }

        public int? CityId { get; init; }

        public string? CityNameEn { get; init; }

        public string? CityNameKo { get; init; }

        public string? CityRegion { get; init; }

        public double? CityLatitude { get; init; }

        public double? CityLongitude { get; init; }

        public string? CountryCode { get; init; }

        public string? CountryNameKo { get; init; }

        public string? CountryNameEn { get; init; }

        public PartnershipType Type { get; init; }

        public PartnershipStatus Status { get; init; }

        public PartialDate? SignedOn { get; init; }

        public int? SignedYear { get; init; }

        public PartialDate? UpgradedOn { get; init; }

        public ExchangeFields Fields { get; init; }

        public int Version { get; init; }

        /// <summary>Seen from <paramref name="government"/>: when it is the domestic partner, the owner is the other side.</summary>
        public PartnershipRow ToRow(string? government)
        {
            var mirrored = PartnerKind == PartnerKind.LocalGovernment && government is not null && government == PartnerCode;
            var domestic = PartnerKind == PartnerKind.LocalGovernment;
            return new PartnershipRow(
                Id,
                OwnerCode,
                GovernmentCode: mirrored ? PartnerCode! : OwnerCode,
                GovernmentNameKo: mirrored ? PartnerNameKo! : OwnerNameKo,
                GovernmentNameEn: mirrored ? PartnerNameEn! : OwnerNameEn,
                GovernmentProvinceKo: mirrored ? PartnerProvinceKo! : OwnerProvinceKo,
                IsDomestic: domestic,
                RegisteredByPartner: mirrored,
                PartnerKey: domestic ? (mirrored ? OwnerCode : PartnerCode!) : $"city-{CityId}",
                PartnerNameKo: domestic ? (mirrored ? OwnerNameKo : PartnerNameKo!) : CityNameKo ?? CityNameEn ?? string.Empty,
                PartnerNameEn: domestic ? (mirrored ? OwnerNameEn : PartnerNameEn!) : CityNameEn ?? string.Empty,
                PartnerRegion: domestic ? (mirrored ? OwnerProvinceKo : PartnerProvinceKo) : CityRegion,
                CountryCode: domestic ? "KR" : CountryCode ?? string.Empty,
                CountryNameKo: domestic ? "대한민국" : CountryNameKo ?? string.Empty,
                CountryNameEn: domestic ? "South Korea" : CountryNameEn ?? string.Empty,
                Type,
                Status,
                SignedOn,
                UpgradedOn,
                Fields,
                Latitude: domestic ? (mirrored ? OwnerLatitude : PartnerLatitude) : CityLatitude,
                Longitude: domestic ? (mirrored ? OwnerLongitude : PartnerLongitude) : CityLongitude,
                Version);
        }
    }
}
