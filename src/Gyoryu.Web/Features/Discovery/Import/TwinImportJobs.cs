using System.Collections.Concurrent;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Web.Infrastructure.Audit;

namespace Gyoryu.Web.Features.Discovery.Import;

public enum TwinImportJobState
{
    Running,
    Succeeded,
    AlreadyImported,
    Malformed,
    Failed,
}

/// <summary>One import running or run in the background, with its progress while it runs and its result after.</summary>
public sealed class TwinImportJob(string id, string fileName, long size, DateTimeOffset startedAt) : IProgress<TwinImportProgress>
{
    private volatile TwinImportProgress progress = new(TwinImportStage.Reading, 0, 0);

    public string Id { get; } = id;

    public string FileName { get; } = fileName;

    public long Size { get; } = size;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? FinishedAt { get; private set; }

    public TwinImportJobState State { get; private set; } = TwinImportJobState.Running;

    public TwinImportProgress Progress => progress;

    public TwinImportResult? Result { get; private set; }

    public bool IsFinished => State != TwinImportJobState.Running;

    /// <summary>Whole percent of the current stage; reading is shown as 0 until the rows are counted.</summary>
    public int Percent => progress switch
    {
        { Stage: TwinImportStage.Done } => 100,
        { Total: > 0 } p => (int)(100L * p.Processed / p.Total),
        _ => 0,
    };

    public void Report(TwinImportProgress value) => progress = value;

    internal void Finish(TwinImportResult result, DateTimeOffset at)
    {
        Result = result;
        State = result.Kind switch
        {
            TwinImportResultKind.Imported => TwinImportJobState.Succeeded,
            TwinImportResultKind.AlreadyImported => TwinImportJobState.AlreadyImported,
            _ => TwinImportJobState.Malformed,
        };
        FinishedAt = at;
    }

    internal void Fail(DateTimeOffset at)
    {
        State = TwinImportJobState.Failed;
        FinishedAt = at;
    }
}

/// <summary>
/// Runs twin-town imports in the background, one at a time, each in its own DI scope; keeps the last jobs in memory so their pages and
/// the status endpoint can show them. A restart forgets the jobs, not the imports: those are in the database.
/// </summary>
public sealed class TwinImportJobs(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<TwinImportJobs> logger)
{
    private const int Kept = 20;

    private readonly ConcurrentDictionary<string, TwinImportJob> jobs = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private TwinImportJob? running;

    public TwinImportJob? Find(string id) => jobs.GetValueOrDefault(id);

    public TwinImportJob? Running => running is { IsFinished: false } job ? job : null;

    /// <summary>Starts the import, or returns null when another is still running.</summary>
    /// <param name="governmentCode">The importing officer's government, which the audit log files the import under.</param>
    public TwinImportJob? Start(byte[] content, string fileName, string importedBy, string? governmentCode = null)
    {
        TwinImportJob job;
        lock (gate)
        {
            if (Running is not null)
            {
                return null;
            }

            job = new TwinImportJob(Guid.NewGuid().ToString("N")[..12], Path.GetFileName(fileName), content.Length, clock.GetUtcNow());
            running = job;
            jobs[job.Id] = job;
            foreach (var old in jobs.Values.Where(j => j.IsFinished).OrderByDescending(j => j.StartedAt).Skip(Kept - 1).ToList())
            {
                jobs.TryRemove(old.Id, out _);
            }
        }

        _ = Task.Run(() => RunAsync(job, content, new AuditActor(importedBy, null, governmentCode)));
        return job;
    }

    private async Task RunAsync(TwinImportJob job, byte[] content, AuditActor importedBy)
    {
        // The request that started the job is over by the time it saves; the officer who started it is who the log names.
        using var audit = AuditScope.ActAs(importedBy);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<TwinImporter>();
            var result = await importer.ImportAsync(content, job.FileName, importedBy.Name, job, lifetime.ApplicationStopping);
            job.Finish(result, clock.GetUtcNow());
        }
        catch (Exception e)
        {
            logger.LogError(e, "Twin import job {Id} ({File}) failed", job.Id, job.FileName);
            job.Fail(clock.GetUtcNow());
        }
    }
}

/// <summary>Text of import results in the current UI culture.</summary>
public static class TwinImportText
{
    private static bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Reason(TwinUnmatched unmatched) => English ? unmatched.English : unmatched.Korean;

    public static string Error(TwinListError error) => English ? error.English : error.Korean;

    public static string Stage(TwinImportStage stage) => (English, stage) switch
    {
        (true, TwinImportStage.Reading) => "Reading the file",
        (true, TwinImportStage.Matching) => "Matching places",
        (true, TwinImportStage.CreatingPlaces) => "Creating places",
        (true, TwinImportStage.Saving) => "Saving links",
        (true, _) => "Done",
        (_, TwinImportStage.Reading) => "파일 읽는 중",
        (_, TwinImportStage.Matching) => "장소 맞추는 중",
        (_, TwinImportStage.CreatingPlaces) => "장소 만드는 중",
        (_, TwinImportStage.Saving) => "교류 연결 저장 중",
        _ => "완료",
    };

    public static string State(TwinImportJobState state) => (English, state) switch
    {
        (true, TwinImportJobState.Running) => "Importing",
        (true, TwinImportJobState.Succeeded) => "Imported",
        (true, TwinImportJobState.AlreadyImported) => "This file was imported already; nothing changed.",
        (true, TwinImportJobState.Malformed) => "The file is malformed. Nothing was imported.",
        (true, _) => "The import failed. Nothing was imported.",
        (_, TwinImportJobState.Running) => "가져오는 중",
        (_, TwinImportJobState.Succeeded) => "가져오기 완료",
        (_, TwinImportJobState.AlreadyImported) => "이미 가져온 파일입니다. 바뀐 것이 없습니다.",
        (_, TwinImportJobState.Malformed) => "파일 형식이 올바르지 않습니다. 아무것도 가져오지 않았습니다.",
        _ => "가져오기에 실패했습니다. 아무것도 가져오지 않았습니다.",
    };

    /// <summary>The full unmatched report as CSV (UTF-8 with BOM so spreadsheet programs read Hangul).</summary>
    public static byte[] UnmatchedCsv(IEnumerable<TwinUnmatched> unmatched)
    {
        var text = new System.Text.StringBuilder();
        text.Append("line,side,name,country,rule,reason_ko,reason_en\r\n");
        foreach (var u in unmatched)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{u.Line},{u.Side},{Csv(u.Name)},{Csv(u.Country)},{u.Rule},{Csv(u.Korean)},{Csv(u.English)}\r\n");
        }

        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }

    // A leading = + - @ would be run as a formula by spreadsheet programs.
    private static string Csv(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
