using System.Globalization;
using System.Text;

namespace Gyoryu.Domain.Discovery.Network;

/// <summary>One side of a twin-town pair as the list writes it: an English name, a country name (empty when the list left it out) and coordinates.</summary>
public sealed record TwinPlace(string Name, string Country, double Latitude, double Longitude);

/// <summary>A pair from the list with the 1-based line it starts on.</summary>
public sealed record TwinRow(int Line, TwinPlace First, TwinPlace Second);

/// <summary>Why a line of the list cannot be imported; <see cref="Field"/> names the column (city1, lat2, ...) when there is one.</summary>
public sealed record TwinListError(int Line, string Rule, string Korean, string English, string? Field = null);

/// <summary>Either every row of the list or every error in it, never both: a malformed list imports nothing.</summary>
public sealed class TwinListParse
{
    private TwinListParse(IReadOnlyList<TwinRow> rows, IReadOnlyList<TwinListError> errors, int duplicatesCollapsed)
    {
        Rows = rows;
        Errors = errors;
        DuplicatesCollapsed = duplicatesCollapsed;
    }

    public IReadOnlyList<TwinRow> Rows { get; }

    public IReadOnlyList<TwinListError> Errors { get; }

    /// <summary>Pairs dropped because an earlier line holds the same two places, in either order.</summary>
    public int DuplicatesCollapsed { get; }

    public bool IsValid => Errors.Count == 0;

    internal static TwinListParse Valid(IReadOnlyList<TwinRow> rows, int duplicatesCollapsed) => new(rows, [], duplicatesCollapsed);

    internal static TwinListParse Invalid(IReadOnlyList<TwinListError> errors) => new([], errors, 0);
}

/// <summary>
/// Reads the worldwide twin-town list (<c>city1,country1,lat1,lng1,city2,country2,lat2,lng2</c>, UTF-8, RFC 4180 quoting).
/// </summary>
public static class TwinList
{
    public static readonly IReadOnlyList<string> Header = ["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"];

    /// <summary>The longest value a column may hold; a place name longer than this is a broken file, not a city.</summary>
    public const int MaxFieldLength = 200;

    public static TwinListParse Parse(string text) => Parse(new StringReader(text));

    public static TwinListParse Parse(TextReader reader)
    {
        var errors = new List<TwinListError>();
        var rows = new List<TwinRow>();
        var seen = new HashSet<PairKey>();
        var duplicates = 0;
        var headerRead = false;

        foreach (var record in Records(reader))
        {
            if (record.Error is { } malformed)
            {
                errors.Add(malformed);
                continue;
            }

            var fields = record.Fields;
            if (!headerRead)
            {
                headerRead = true;
                if (!IsHeader(fields))
                {
                    // Without the expected header the columns cannot be trusted, so the rows are not read at all.
                    return TwinListParse.Invalid(
                    [
                        new TwinListError(
                            record.Line, "twin-list.header",
                            $"첫 줄은 머리글 '{string.Join(',', Header)}'이어야 합니다.",
                            $"The first line must be the header '{string.Join(',', Header)}'."),
                    ]);
                }

                continue;
            }

            if (fields.Count != Header.Count)
            {
                errors.Add(new TwinListError(
                    record.Line, "twin-list.column-count",
                    $"{record.Line}번째 줄의 열이 {fields.Count}개입니다. {Header.Count}개여야 합니다.",
                    $"Line {record.Line} has {fields.Count} columns; it needs {Header.Count}."));
                continue;
            }

            if (fields.Select((f, i) => (Length: f.Length, Column: Header[i])).FirstOrDefault(f => f.Length > MaxFieldLength) is { Column: not null } tooLong)
            {
                errors.Add(new TwinListError(
                    record.Line, "twin-list.field-too-long",
                    $"{record.Line}번째 줄: {tooLong.Column} 값이 {tooLong.Length}자입니다. {MaxFieldLength}자 이하여야 합니다.",
                    $"Line {record.Line}: the {tooLong.Column} value is {tooLong.Length} characters long; it may be at most {MaxFieldLength}.",
                    tooLong.Column));
                continue;
            }

            var errorsBefore = errors.Count;
            var first = Place(fields, 0, record.Line, errors);
            var second = Place(fields, 4, record.Line, errors);
            if (errors.Count != errorsBefore || first is null || second is null)
            {
                continue;
            }

            if (seen.Add(PairKey.Of(first, second)))
            {
                rows.Add(new TwinRow(record.Line, first, second));
            }
            else
            {
                duplicates++;
            }
        }

        if (!headerRead && errors.Count == 0)
        {
            errors.Add(new TwinListError(1, "twin-list.header", "파일이 비어 있습니다. 머리글 줄이 필요합니다.", "The file is empty; it needs a header line."));
        }
        else if (headerRead && errors.Count == 0 && rows.Count == 0)
        {
            // A header alone is a file cut short or exported empty; recording it as an import of nothing would only mislead.
            errors.Add(new TwinListError(2, "twin-list.no-rows", "머리글만 있고 가져올 행이 없습니다.", "There is only the header; the file has no rows to import."));
        }

        return errors.Count > 0 ? TwinListParse.Invalid(errors) : TwinListParse.Valid(rows, duplicates);
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count == Header.Count
        && fields.Select((f, i) => string.Equals(f.Trim(), Header[i], StringComparison.OrdinalIgnoreCase)).All(same => same);

    private static TwinPlace? Place(IReadOnlyList<string> fields, int start, int line, List<TwinListError> errors)
    {
        var side = start == 0 ? 1 : 2;
        var city = fields[start].Trim();
        var country = fields[start + 1].Trim();
        if (city.Length == 0)
        {
            errors.Add(new TwinListError(
                line, "twin-list.city-required", $"{line}번째 줄: 도시 이름(city{side})이 비어 있습니다.", $"Line {line}: the city name (city{side}) is empty.",
                $"city{side}"));
        }

        var latitude = Coordinate(fields[start + 2], 90, $"lat{side}", "위도", "latitude", line, errors);
        var longitude = Coordinate(fields[start + 3], 180, $"lng{side}", "경도", "longitude", line, errors);
        // An empty country is not structural: the matcher reports the row as unmatched and the rest of the list still imports.
        return city.Length > 0 && latitude is { } lat && longitude is { } lng ? new TwinPlace(city, country, lat, lng) : null;
    }

    private static double? Coordinate(string text, double limit, string field, string korean, string english, int line, List<TwinListError> errors)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new TwinListError(
                line, "twin-list.coordinate-not-a-number",
                $"{line}번째 줄: {korean}({field}) '{text}'은(는) 숫자가 아닙니다.",
                $"Line {line}: the {english} ({field}) '{text}' is not a number.",
                field));
            return null;
        }

        if (value < -limit || value > limit)
        {
            errors.Add(new TwinListError(
                line, "twin-list.coordinate-out-of-range",
                $"{line}번째 줄: {korean}({field})는 -{limit}에서 {limit} 사이여야 합니다.",
                $"Line {line}: the {english} ({field}) must be between -{limit} and {limit}.",
                field));
            return null;
        }

        return value;
    }

    private readonly record struct Record(int Line, IReadOnlyList<string> Fields, TwinListError? Error);

    /// <summary>RFC 4180 records with the line each starts on; a quoted field may hold commas, doubled quotes and line breaks. Blank lines are skipped.</summary>
    private static IEnumerable<Record> Records(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordLine = 1;
        var atStart = true;
        var first = true;

        while (true)
        {
            var c = reader.Read();
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (c == -1 || c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                var blank = fields.Count == 0 && string.IsNullOrWhiteSpace(field.ToString());
                if (!blank)
                {
                    fields.Add(field.ToString());
                    yield return new Record(recordLine, fields, null);
                }

                if (c == -1)
                {
                    yield break;
                }

                fields = [];
                field.Clear();
                line++;
                recordLine = line;
                atStart = true;
                continue;
            }

            if (c == '"' && atStart && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                var quotedFrom = line;
                var closed = false;
                while (true)
                {
                    var q = reader.Read();
                    if (q == -1)
                    {
                        break;
                    }

                    if (q == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (q == '\n' || (q == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append((char)q);
                }

                if (!closed)
                {
                    yield return new Record(
                        quotedFrom, [], new TwinListError(
                            quotedFrom, "twin-list.unclosed-quote",
                            $"{quotedFrom}번째 줄: 큰따옴표로 시작한 값이 닫히지 않았습니다.",
                            $"Line {quotedFrom}: a quoted value is never closed."));
                    yield break;
                }

                // Only spaces may follow the closing quote before the next comma or the end of the line.
                while (reader.Peek() == ' ')
                {
                    reader.Read();
                }

                if (reader.Peek() is not (',' or '\r' or '\n' or -1))
                {
                    var bad = line;
                    yield return new Record(
                        bad, [], new TwinListError(
                            bad, "twin-list.stray-quote",
                            $"{bad}번째 줄: 따옴표로 묶은 값 뒤에 다른 글자가 있습니다.",
                            $"Line {bad}: there is text after a quoted value."));
                    SkipToEndOfLine(reader);
                    line++;
                    recordLine = line;
                    fields = [];
                    field.Clear();
                    atStart = true;
                    continue;
                }

                atStart = false;
                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                atStart = true;
                continue;
            }

            field.Append((char)c);
        }
    }

    private static void SkipToEndOfLine(TextReader reader)
    {
        while (reader.Peek() is not (-1 or '\n' or '\r'))
        {
            reader.Read();
        }

        if (reader.Read() == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }
    }

    /// <summary>The same two places in either order; a place is its name, country and coordinates exactly as written.</summary>
    private readonly record struct PairKey(TwinPlace Low, TwinPlace High)
    {
        public static PairKey Of(TwinPlace a, TwinPlace b) => Compare(a, b) <= 0 ? new(a, b) : new(b, a);

        private static int Compare(TwinPlace a, TwinPlace b)
        {
            var c = string.CompareOrdinal(a.Name, b.Name);
            c = c != 0 ? c : string.CompareOrdinal(a.Country, b.Country);
            c = c != 0 ? c : a.Latitude.CompareTo(b.Latitude);
            return c != 0 ? c : a.Longitude.CompareTo(b.Longitude);
        }
    }
}
