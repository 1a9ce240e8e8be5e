using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>Resolves the English country names twin-town lists write ("South Korea", "Wales, United Kingdom") to ISO alpha-2 codes.</summary>
public sealed class CountryNames
{
    /// <summary>Names and spellings a country list keyed by its common name misses; the given dictionary wins over these.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["South Korea"] = "KR",
        ["Republic of Korea"] = "KR",
        ["Korea"] = "KR",
        ["Korea, Republic of"] = "KR",
        ["North Korea"] = "KP",
        ["United States"] = "US",
        ["United States of America"] = "US",
        ["USA"] = "US",
        ["US"] = "US",
        ["People's Republic of China"] = "CN",
        ["China"] = "CN",
        ["Russia"] = "RU",
        ["Russian Federation"] = "RU",
        ["Taiwan"] = "TW",
        ["Republic of China"] = "TW",
        ["Vietnam"] = "VN",
        ["Viet Nam"] = "VN",
        ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ",
        ["Turkey"] = "TR",
        ["Türkiye"] = "TR",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["Great Britain"] = "GB",
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["Ireland"] = "IE",
        ["Republic of Ireland"] = "IE",
        ["Iran"] = "IR",
        ["Syria"] = "SY",
        ["Laos"] = "LA",
        ["Moldova"] = "MD",
        ["Moldavia"] = "MD",
        ["Bolivia"] = "BO",
        ["Venezuela"] = "VE",
        ["Tanzania"] = "TZ",
        ["Palestine"] = "PS",
        ["West Bank"] = "PS",
        ["Gaza Strip"] = "PS",
        ["Ivory Coast"] = "CI",
        ["Côte d'Ivoire"] = "CI",
        ["Macedonia"] = "MK",
        ["North Macedonia"] = "MK",
        ["Kosovo"] = "XK",
        ["Georgia (country)"] = "GE",
        ["Bosnia and Herzegovina"] = "BA",
        ["Bosnia-Herzegovina"] = "BA",
        ["Bosnia and Hercegovina"] = "BA",
        ["Cape Verde"] = "CV",
        ["Cabo Verde"] = "CV",
        ["East Timor"] = "TL",
        ["Timor-Leste"] = "TL",
        ["Eswatini"] = "SZ",
        ["Swaziland"] = "SZ",
        ["Burma"] = "MM",
        ["Myanmar"] = "MM",
        ["Brunei"] = "BN",
        ["Micronesia"] = "FM",
        ["Federated States of Micronesia"] = "FM",
        ["Democratic Republic of the Congo"] = "CD",
        ["DR Congo"] = "CD",
        ["Congo"] = "CG",
        ["Republic of the Congo"] = "CG",
        ["São Tomé and Príncipe"] = "ST",
        ["Surinam"] = "SR",
        ["Holland"] = "NL",
        ["Vatican"] = "VA",
        ["Vatican City"] = "VA",
        ["Northern Cyprus"] = "CY",
        ["Åland Islands"] = "AX",
        ["Western Sahara"] = "EH",
        ["Hong Kong"] = "HK",
        ["Macau"] = "MO",
        ["Macao"] = "MO",
    };

    private readonly Dictionary<string, string> byFoldedName = new(StringComparer.Ordinal);

    /// <param name="codesByName">Country names (English) to ISO alpha-2 codes, e.g. from the country reference table.</param>
    public CountryNames(IEnumerable<KeyValuePair<string, string>> codesByName)
    {
        foreach (var (name, code) in Aliases)
        {
            byFoldedName[SearchText.Fold(name)] = code;
        }

        foreach (var (name, code) in codesByName)
        {
            if (!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(code))
            {
                byFoldedName[SearchText.Fold(name)] = code.Trim().ToUpperInvariant();
            }
        }
    }

    /// <summary>
    /// The ISO code of a country name, or null. When the whole is unknown, "Wales, United Kingdom" and "Algarve, Portugal" fall back to their
    /// comma-separated parts, first to last.
    /// </summary>
    public string? CodeOf(string countryName)
    {
        var folded = SearchText.Fold(countryName);
        if (byFoldedName.TryGetValue(folded, out var code))
        {
            return code;
        }

        // The first part wins so that "Réunion, France" is RE, as the world-city list files Réunion's towns.
        foreach (var part in folded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (byFoldedName.TryGetValue(part, out code))
            {
                return code;
            }
        }

        return null;
    }
}
