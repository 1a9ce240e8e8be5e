using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Performance;

/// <summary>One line of a rubric as an administrator writes it.</summary>
public sealed record CriterionDraft(string Name, int Weight, KpiKind Kpi, string? Guidance);

/// <summary>
/// 평가 기준표: a local government's criteria and weights for the yearly evaluation of its partnerships.
/// Weights are whole percentages that add up to 100, so a reader can check the arithmetic by eye.
/// </summary>
public sealed class Rubric
{
    public const int MaxCriteria = 12;

    private readonly List<RubricCriterion> criteria = [];

    private Rubric()
    {
        OwnerCode = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string OwnerCode { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<RubricCriterion> Criteria => criteria;

    public static readonly IReadOnlyList<CriterionDraft> DefaultCriteria =
    [
        new("교류 활성도", 20, KpiKind.ActivityCount, "한 해 동안 실제로 이루어진 교류 활동의 수"),
        new("상호 방문 균형", 10, KpiKind.VisitBalance, "한쪽 방문에 치우치지 않고 오가는 교류인지"),
        new("시민 참여", 20, KpiKind.PeopleReached, "공무원을 넘어 시민·학생·기업이 참여했는지"),
        new("경제 성과", 20, KpiKind.EconomicOutcomes, "수출 계약, 협약, 방문객 등 눈에 보이는 성과"),
        new("예산 효율", 10, KpiKind.CostPerParticipant, "참여자 1인당 비용"),
        new("분야 다양성", 10, KpiKind.FieldsCovered, "행정·경제·관광·문화 등 교류 분야의 폭"),
        new("참여자 만족도", 10, KpiKind.Satisfaction, "공개 피드백 링크로 받은 만족도"),
    ];

    /// <summary>The rubric a government starts with until its administrator changes it.</summary>
    public static Rubric CreateDefault(string ownerCode, Stamp stamp)
    {
        var rubric = new Rubric { OwnerCode = ownerCode };
        rubric.Replace(DefaultCriteria, stamp);
        return rubric;
    }

    /// <summary>Replaces every criterion; evaluations already made keep the criteria they were made with.</summary>
    public void Replace(IReadOnlyList<CriterionDraft> drafts, Stamp stamp)
    {
        if (drafts.Count == 0)
        {
            throw Refused("empty", "평가 기준을 하나 이상 입력하세요.", "Enter at least one criterion.", "Criteria");
        }

        if (drafts.Count > MaxCriteria)
        {
            throw Refused("too-many", $"평가 기준은 {MaxCriteria}개까지입니다.", $"A rubric holds at most {MaxCriteria} criteria.", "Criteria");
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (string.IsNullOrWhiteSpace(draft.Name))
            {
                throw Refused("name", $"{i + 1}번째 기준의 이름을 입력하세요.", $"Enter a name for criterion {i + 1}.", $"Criteria[{i}].Name");
            }

            if (draft.Weight is < 1 or > 100)
            {
                throw Refused("weight", $"'{draft.Name.Trim()}'의 가중치는 1에서 100 사이여야 합니다.", $"The weight of '{draft.Name.Trim()}' must be between 1 and 100.", $"Criteria[{i}].Weight");
            }
        }

        var duplicate = drafts.GroupBy(d => d.Name.Trim()).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Refused("duplicate", $"'{duplicate.Key}' 기준이 두 번 있습니다.", $"The criterion '{duplicate.Key}' appears twice.", "Criteria");
        }

        var total = drafts.Sum(d => d.Weight);
        if (total != 100)
        {
            throw Refused("total", $"가중치 합계는 100이어야 합니다 (현재 {total}).", $"The weights must add up to 100 (now {total}).", "Criteria");
        }

        criteria.Clear();
        criteria.AddRange(drafts.Select((d, i) => new RubricCriterion(i + 1, d.Name.Trim(), d.Weight, d.Kpi, string.IsNullOrWhiteSpace(d.Guidance) ? null : d.Guidance.Trim())));
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    private static DomainRuleException Refused(string rule, string korean, string english, string field) =>
        new($"rubric.{rule}", korean, english, field);
}

public sealed class RubricCriterion
{
    private RubricCriterion()
    {
        Name = string.Empty;
    }

    internal RubricCriterion(int position, string name, int weight, KpiKind kpi, string? guidance)
    {
        Position = position;
        Name = name;
        Weight = weight;
        Kpi = kpi;
        Guidance = guidance;
    }

    public int Id { get; private set; }

    public int RubricId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; }

    /// <summary>Whole percent; a rubric's weights add up to 100.</summary>
    public int Weight { get; private set; }

    public KpiKind Kpi { get; private set; }

    public string? Guidance { get; private set; }
}
