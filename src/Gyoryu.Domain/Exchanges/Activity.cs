using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Exchanges;

/// <summary>참가자 수 by kind; companies are counted apart from people.</summary>
public sealed record Participants(int Officials, int Citizens, int Students, int Companies)
{
    public static readonly Participants None = new(0, 0, 0, 0);

    public int People => Officials + Citizens + Students;
}

/// <summary>성과: what the activity produced.</summary>
/// <param name="ExportAmount">수출 계약액, KRW.</param>
public sealed record Outcomes(int AgreementsSigned, int ExportContracts, long ExportAmount, int Visitors, string? Note)
{
    public static readonly Outcomes None = new(0, 0, 0, 0, null);
}

/// <summary>Everything an officer records about one activity.</summary>
public sealed record ActivityRecord(
    ActivityKind Kind,
    VisitDirection Direction,
    string Title,
    DateOnly HeldOn,
    DateOnly? EndsOn,
    string Place,
    ExchangeFields Fields,
    int? ProjectId,
    Participants Participants,
    long Cost,
    Outcomes Outcomes,
    string? Description);

/// <summary>교류 활동: one visit, festival, homestay, benchmarking or promotion under a partnership. A future date makes it planned.</summary>
public sealed class Activity
{
    public const int MaxCount = 1_000_000;

    private readonly List<ActivityAttachment> attachments = [];
    private readonly List<ActivityLink> links = [];

    private Activity()
    {
        OwnerCode = string.Empty;
        Title = string.Empty;
        Place = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string OwnerCode { get; private set; }

    public int PartnershipId { get; private set; }

    public int? ProjectId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public VisitDirection Direction { get; private set; }

    public string Title { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    /// <summary>Year of <see cref="HeldOn"/>, a column so yearly KPIs group on an index.</summary>
    public int Year { get; private set; }

    public string Place { get; private set; }

    public ExchangeFields Fields { get; private set; }

    public int Officials { get; private set; }

    public int Citizens { get; private set; }

    public int Students { get; private set; }

    public int Companies { get; private set; }

    /// <summary>Officials, citizens and students together: 참여 인원.</summary>
    public int People { get; private set; }

    /// <summary>소요 비용, KRW.</summary>
    public long Cost { get; private set; }

    public int AgreementsSigned { get; private set; }

    public int ExportContracts { get; private set; }

    public long ExportAmount { get; private set; }

    public int Visitors { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string? Description { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ActivityAttachment> Attachments => attachments;

    public IReadOnlyList<ActivityLink> Links => links;

    public Participants Participants => new(Officials, Citizens, Students, Companies);

    public Outcomes Outcomes => new(AgreementsSigned, ExportContracts, ExportAmount, Visitors, OutcomeNote);

    public bool IsPlanned(DateOnly today) => HeldOn > today;

    /// <summary>Records an activity of a partnership owned by <paramref name="ownerCode"/>; the caller has checked that ownership.</summary>
    public static Activity Record(string ownerCode, int partnershipId, ActivityRecord record, Stamp stamp)
    {
        var activity = new Activity
        {
            OwnerCode = ownerCode,
            PartnershipId = partnershipId,
            CreatedBy = stamp.By,
            CreatedAt = stamp.At,
        };
        activity.Apply(record, stamp);
        return activity;
    }

    public void Revise(ActivityRecord record, Stamp stamp) => Apply(record, stamp);

    public ActivityAttachment Attach(string fileName, string contentType, long size, string sha256, Stamp stamp)
    {
        if (attachments.Count >= 20)
        {
            throw Refused("attachments.limit", "첨부 파일은 활동당 20개까지입니다.", "An activity holds at most 20 attachments.", "File");
        }

        var attachment = new ActivityAttachment(fileName, contentType, size, sha256, stamp);
        attachments.Add(attachment);
        Touch(stamp);
        return attachment;
    }

    /// <summary>Adds a news or web link about the activity (보도자료, 기사).</summary>
    public ActivityLink AddLink(string url, string? title, Stamp stamp)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || url!.Length > 1000)
        {
            throw Refused("link.url", "링크는 http:// 또는 https:// 로 시작하는 주소여야 합니다.", "A link must be an http:// or https:// address.", "Url");
        }

        if (links.Count >= 20)
        {
            throw Refused("links.limit", "링크는 활동당 20개까지입니다.", "An activity holds at most 20 links.", "Url");
        }

        var link = new ActivityLink(uri.AbsoluteUri, Clean(title));
        links.Add(link);
        Touch(stamp);
        return link;
    }

    public void RemoveLink(int linkId, Stamp stamp)
    {
        if (links.RemoveAll(l => l.Id == linkId) > 0)
        {
            Touch(stamp);
        }
    }

    private void Apply(ActivityRecord record, Stamp stamp)
    {
        if (string.IsNullOrWhiteSpace(record.Title))
        {
            throw Refused("title", "활동명을 입력하세요.", "Enter the activity title.", nameof(ActivityRecord.Title));
        }

        if (string.IsNullOrWhiteSpace(record.Place))
        {
            throw Refused("place", "장소를 입력하세요.", "Enter where the activity took place.", nameof(ActivityRecord.Place));
        }

        if (record.EndsOn is { } end && end < record.HeldOn)
        {
            throw Refused("period", "종료일은 시작일보다 앞설 수 없습니다.", "The end date cannot be before the start date.", nameof(ActivityRecord.EndsOn));
        }

        if (record.HeldOn.Year < 1950 || record.HeldOn > stamp.Today.AddYears(5))
        {
            throw Refused("date", "활동 날짜가 올바르지 않습니다 (1950년부터 5년 뒤까지).", "The activity date is out of range (1950 to five years ahead).", nameof(ActivityRecord.HeldOn));
        }

        // Every check runs before anything is assigned, so a refused revision leaves the activity as it was.
        var participants = record.Participants;
        var officials = RequireCount(participants.Officials, "Officials", "공무원 참가자 수", "officials");
        var citizens = RequireCount(participants.Citizens, "Citizens", "시민 참가자 수", "citizens");
        var students = RequireCount(participants.Students, "Students", "학생 참가자 수", "students");
        var companies = RequireCount(participants.Companies, "Companies", "참가 기업 수", "companies");
        var cost = ExchangeProject.RequireAmount(record.Cost, nameof(ActivityRecord.Cost), "비용", "cost");
        var outcomes = record.Outcomes;
        var agreements = RequireCount(outcomes.AgreementsSigned, "AgreementsSigned", "체결 협약 수", "agreements signed");
        var contracts = RequireCount(outcomes.ExportContracts, "ExportContracts", "수출 계약 건수", "export contracts");
        var exportAmount = ExchangeProject.RequireAmount(outcomes.ExportAmount, "ExportAmount", "수출 계약액", "export amount");
        if (exportAmount > 0 && contracts == 0)
        {
            throw Refused("export.contracts", "수출 계약액이 있으면 계약 건수도 입력하세요.", "Enter the number of export contracts behind the amount.", "ExportContracts");
        }

        var visitors = RequireCount(outcomes.Visitors, "Visitors", "방문객 수", "visitors");

        Officials = officials;
        Citizens = citizens;
        Students = students;
        Companies = companies;
        People = officials + citizens + students;
        Cost = cost;
        AgreementsSigned = agreements;
        ExportContracts = contracts;
        ExportAmount = exportAmount;
        Visitors = visitors;
        OutcomeNote = Clean(outcomes.Note);
        Kind = record.Kind;
        Direction = record.Direction;
        Title = record.Title.Trim();
        HeldOn = record.HeldOn;
        EndsOn = record.EndsOn;
        Year = record.HeldOn.Year;
        Place = record.Place.Trim();
        Fields = record.Fields;
        ProjectId = record.ProjectId;
        Description = Clean(record.Description);
        Touch(stamp);
    }

    private static int RequireCount(int count, string field, string korean, string english) => count switch
    {
        < 0 => throw Refused("count.negative", $"{korean}는 0 이상이어야 합니다.", $"The number of {english} cannot be negative.", field),
        > MaxCount => throw Refused("count.too-large", $"{korean}가 너무 큽니다 (최대 100만).", $"The number of {english} is too large (at most one million).", field),
        _ => count,
    };

    private void Touch(Stamp stamp)
    {
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DomainRuleException Refused(string rule, string korean, string english, string? field = null) =>
        new($"activity.{rule}", korean, english, field);
}

/// <summary>A photo, report or press file of an activity; the bytes are shared with agreement documents, found by checksum.</summary>
public sealed class ActivityAttachment
{
    private ActivityAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
    }

    internal ActivityAttachment(string fileName, string contentType, long size, string sha256, Stamp stamp)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = stamp.By;
        UploadedAt = stamp.At;
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>보도자료·기사 링크.</summary>
public sealed class ActivityLink
{
    private ActivityLink()
    {
        Url = string.Empty;
    }

    internal ActivityLink(string url, string? title)
    {
        Url = url;
        Title = title;
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    public string Url { get; private set; }

    public string? Title { get; private set; }
}
