using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery.Scoring;

/// <summary>
/// Which industries and development goals make a place a partner for an exchange field: a tourism exchange wants a place
/// with tourism in its industries or goals. 행정 and 인적 교류 suit every place, so they select nothing.
/// </summary>
public static class FieldInterests
{
    public static ulong IndustriesFor(ExchangeFields fields) => Collect(fields, IndustriesOf);

    public static ulong TagsFor(ExchangeFields fields) => Collect(fields, TagsOf);

    private static ulong Collect(ExchangeFields fields, Func<ExchangeFields, ulong> masks) =>
        ExchangeFieldNames.All.Where(f => fields.HasFlag(f)).Aggregate(0UL, (mask, f) => mask | masks(f));

    private static ulong IndustriesOf(ExchangeFields field) => field switch
    {
        ExchangeFields.CultureArts => Industries.Mask(Industry.CultureContent),
        ExchangeFields.Sports => Industries.Mask(Industry.Sports),
        ExchangeFields.Economy => ~0UL >> (64 - Industries.Count),
        ExchangeFields.Tourism => Industries.Mask(Industry.Tourism),
        ExchangeFields.Education => Industries.Mask(Industry.Education),
        ExchangeFields.Agriculture => Industries.Mask(Industry.Agriculture, Industry.Fisheries, Industry.FoodProcessing, Industry.Forestry),
        ExchangeFields.Health => Industries.Mask(Industry.BioHealth, Industry.Cosmetics),
        ExchangeFields.Environment => Industries.Mask(Industry.RenewableEnergy, Industry.HydrogenEnergy),
        _ => 0,
    };

    private static ulong TagsOf(ExchangeFields field) => field switch
    {
        ExchangeFields.CultureArts => GoalTags.Mask(GoalTag.CultureArts, GoalTag.Heritage),
        ExchangeFields.Sports => GoalTags.Mask(GoalTag.Sports),
        ExchangeFields.Economy => GoalTags.Mask(GoalTag.AdvancedIndustry, GoalTag.Logistics, GoalTag.Startups, GoalTag.Energy),
        ExchangeFields.Tourism => GoalTags.Mask(GoalTag.Tourism, GoalTag.Waterfront, GoalTag.Heritage),
        ExchangeFields.Education => GoalTags.Mask(GoalTag.Education),
        ExchangeFields.Youth => GoalTags.Mask(GoalTag.Youth, GoalTag.Education),
        ExchangeFields.Agriculture => GoalTags.Mask(GoalTag.Agriculture),
        ExchangeFields.Health => GoalTags.Mask(GoalTag.HealthCare, GoalTag.AgeFriendly),
        ExchangeFields.Environment => GoalTags.Mask(GoalTag.Environment, GoalTag.CarbonNeutral),
        _ => 0,
    };
}
