using System.Text;

namespace Gyoryu.Web.Data.Reference;

/// <summary>
/// The reference tables' own CSV dialect: '#' comment lines, one exact header, a fixed number of columns, and a field quoted
/// only when it holds a comma or a quote (RFC 4180).
/// </summary>
internal static class EmbeddedCsv
{
    public static StreamReader Open(string resourceName) =>
        new(typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing; see Gyoryu.Web.csproj."));

    /// <summary>The data rows with their line numbers; a wrong header or column count is refused with the line's number.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Rows(TextReader reader, string fileName, string header)
    {
        var columns = header.Split(',').Length;
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = line == header ? true : throw new FormatException($"{fileName} line {lineNumber}: expected header '{header}'.");
                continue;
            }

            var fields = Split(line);
            if (fields.Count != columns)
            {
                throw new FormatException($"{fileName} line {lineNumber}: expected {columns} columns, found {fields.Count}.");
            }

            yield return (lineNumber, fields);
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>(12);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
