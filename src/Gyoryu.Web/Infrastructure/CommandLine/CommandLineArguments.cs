namespace Gyoryu.Web.Infrastructure.CommandLine;

/// <summary>The words after the verb: `--name value` options, `--flag` switches and positional values.</summary>
public sealed class CommandLineArguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public CommandLineArguments(IReadOnlyList<string> words, IReadOnlySet<string>? switches = null)
    {
        var positional = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                positional.Add(word);
                continue;
            }

            var name = word[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            string value;
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (switches?.Contains(name) == true)
            {
                value = "true";
            }
            else if (i + 1 < words.Count)
            {
                value = words[++i];
            }
            else
            {
                throw new CommandLineUsageException($"--{name} needs a value.");
            }

            if (!options.TryGetValue(name, out var values))
            {
                options[name] = values = [];
            }

            values.Add(value);
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var values) ? values[^1] : null;
    }

    public IReadOnlyList<string> Options(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var values) ? values : [];
    }

    public bool Switch(string name) => Option(name) is "true" or "1" or "yes";

    public int IntOption(string name, int fallback, int min, int max)
    {
        var text = Option(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineUsageException($"--{name} must be a whole number from {min} to {max}.");
    }

    /// <summary>Options given but never asked for: a misspelt option must not be ignored silently.</summary>
    public IEnumerable<string> Unread() => options.Keys.Where(k => !read.Contains(k));

    /// <summary>Call after reading every option and before doing any work.</summary>
    public void RejectUnknownOptions()
    {
        if (Unread().FirstOrDefault() is { } unknown)
        {
            throw new CommandLineUsageException($"Unknown option --{unknown}.");
        }
    }
}
