namespace Gyoryu.Domain.Partnerships;

/// <summary>Exchange fields as GAOK (시도지사협의회) records them; a partnership covers any combination.</summary>
[Flags]
public enum ExchangeFields
{
    None = 0,
    Administration = 1 << 0,
    People = 1 << 1,
    CultureArts = 1 << 2,
    Sports = 1 << 3,
    Economy = 1 << 4,
    Tourism = 1 << 5,
    Education = 1 << 6,
    Youth = 1 << 7,
    Agriculture = 1 << 8,
    Health = 1 << 9,
    Environment = 1 << 10,
}

public static class ExchangeFieldNames
{
    public static readonly IReadOnlyList<ExchangeFields> All =
    [
        ExchangeFields.Administration, ExchangeFields.People, ExchangeFields.CultureArts, ExchangeFields.Sports,
        ExchangeFields.Economy, ExchangeFields.Tourism, ExchangeFields.Education, ExchangeFields.Youth,
        ExchangeFields.Agriculture, ExchangeFields.Health, ExchangeFields.Environment,
    ];

    public static string Korean(ExchangeFields field) => field switch
    {
        ExchangeFields.Administration => "행정",
        ExchangeFields.People => "인적",
        ExchangeFields.CultureArts => "문화예술",
        ExchangeFields.Sports => "스포츠",
        ExchangeFields.Economy => "경제",
        ExchangeFields.Tourism => "관광",
        ExchangeFields.Education => "교육",
        ExchangeFields.Youth => "청소년",
        ExchangeFields.Agriculture => "농업",
        ExchangeFields.Health => "보건의료",
        ExchangeFields.Environment => "환경",
        _ => field.ToString(),
    };

    public static string English(ExchangeFields field) => field switch
    {
        ExchangeFields.Administration => "Administration",
        ExchangeFields.People => "People-to-people",
        ExchangeFields.CultureArts => "Culture & arts",
        ExchangeFields.Sports => "Sports",
        ExchangeFields.Economy => "Economy",
        ExchangeFields.Tourism => "Tourism",
        ExchangeFields.Education => "Education",
        ExchangeFields.Youth => "Youth",
        ExchangeFields.Agriculture => "Agriculture",
        ExchangeFields.Health => "Health",
        ExchangeFields.Environment => "Environment",
        _ => field.ToString(),
    };

    public static IEnumerable<ExchangeFields> Split(ExchangeFields fields) => All.Where(f => fields.HasFlag(f));

    /// <summary>Reads a field from its code name, Korean or English name, case-insensitively.</summary>
    public static bool TryParse(string text, out ExchangeFields field)
    {
        var trimmed = text.Trim();
        field = All.FirstOrDefault(f =>
            string.Equals(f.ToString(), trimmed, StringComparison.OrdinalIgnoreCase) ||
            Korean(f) == trimmed ||
            string.Equals(English(f), trimmed, StringComparison.OrdinalIgnoreCase));
        return field != ExchangeFields.None;
    }
}
