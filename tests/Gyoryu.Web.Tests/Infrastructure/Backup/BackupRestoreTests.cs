using System.Diagnostics;
using System.Net;
using Gyoryu.Web.Infrastructure.Backup;
using Gyoryu.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Infrastructure.Backup;

/// <summary>Its own database: a restore replaces every table, which no shared app may see.</summary>
public sealed class BackupApp() : GyoryuAppFactory(demoData: true);

/// <summary>The backup and restore verbs over the app's own database: the round trip runs the built app as a child process, the refusals call the verbs in process.</summary>
public sealed class BackupRestoreTests(BackupApp app) : IClassFixture<BackupApp>, IDisposable
{
    private const string Owner = "41570";

    private readonly string folder = Directory.CreateTempSubdirectory("gyoryu-backup-tests-").FullName;

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Restoring_a_backup_brings_every_table_back_to_what_was_backed_up()
    {
        var client = app.CreateClient();
        var kept = await client.CreateCandidateAsync(Owner, "Trier", "DE");
        var backedUp = await DatabaseFingerprint.OfAsync(app);
        var file = Path.Combine(folder, "gyoryu.backup");

        var backup = await RunBuiltAppAsync("backup", file);

        backup.Code.ShouldBe(0, backup.Error);
        backup.Output.ShouldContain($"Backup written: {file}");
        backup.Output.ShouldContain("Partnerships");
        var added = await client.CreateCandidateAsync(Owner, "Gdańsk", "PL");
        await ExecuteAsync("DELETE FROM \"ProjectPartnerships\"");
        await ExecuteAsync("UPDATE \"Partnerships\" SET \"Motive\" = 'changed after the backup'");
        var changed = await DatabaseFingerprint.OfAsync(app);
        changed.ShouldNotBe(backedUp);

        var restore = await RunBuiltAppAsync("restore", file, "--yes");

        restore.Code.ShouldBe(0, restore.Error);
        restore.Output.ShouldContain($"from {file}");
        (await DatabaseFingerprint.OfAsync(app)).ShouldBe(backedUp);
        using (var gone = await client.GetAsync($"/api/partnerships/{added.Summary.Id}"))
        {
            gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await client.GetPartnershipAsync(kept.Summary.Id)).Motive.ShouldBe(kept.Motive);
        // Identity sequences came back with the rows, so new rows do not collide with restored ones.
        var after = await client.CreateCandidateAsync(Owner, "Bremen", "DE");
        after.Summary.Id.ShouldBeGreaterThan(kept.Summary.Id);
    }

    [Fact]
    public async Task Restoring_without_yes_says_what_would_happen_and_changes_nothing()
    {
        var file = Path.Combine(folder, "plan.backup");
        (await RunAsync(new BackupVerb(), file)).Code.ShouldBe(0);
        await ExecuteAsync("UPDATE \"Partnerships\" SET \"Motive\" = 'changed after the plan backup'");
        var before = await DatabaseFingerprint.OfAsync(app);

        var restore = await RunAsync(new RestoreVerb(), file);

        restore.Code.ShouldBe(2);
        restore.Output.ShouldContain("--yes를 붙이세요");
        restore.Output.ShouldContain("Add --yes to go ahead");
        (await DatabaseFingerprint.OfAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing()
    {
        var file = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(file, "교류 회의록: 백업 파일이 아닙니다.");
        var before = await DatabaseFingerprint.OfAsync(app);

        var restore = await RunAsync(new RestoreVerb(), file, "--yes");

        restore.Code.ShouldBe(1);
        restore.Error.ShouldContain($"교류 백업 파일이 아닙니다({(app.IsPostgreSql ? "pg_dump --format=custom 파일이 아닙니다" : "SQLite 데이터베이스 파일이 아닙니다")}): {file}");
        restore.Error.ShouldContain($"Not a Gyoryu backup");
        (await DatabaseFingerprint.OfAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task Restore_refuses_a_missing_file_and_changes_nothing()
    {
        var file = Path.Combine(folder, "missing.backup");
        var before = await DatabaseFingerprint.OfAsync(app);

        var restore = await RunAsync(new RestoreVerb(), file, "--yes");

        restore.Code.ShouldBe(1);
        restore.Error.ShouldBe($"백업 파일이 없습니다: {file}\nNo such backup file: {file}\n", StringCompareShould.IgnoreLineEndings);
        (await DatabaseFingerprint.OfAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_a_file_unless_forced()
    {
        var file = Path.Combine(folder, "existing.backup");
        await File.WriteAllTextAsync(file, "older backup");

        var refused = await RunAsync(new BackupVerb(), file);

        refused.Code.ShouldBe(1);
        refused.Error.ShouldContain("--force");
        (await File.ReadAllTextAsync(file)).ShouldBe("older backup");
        Directory.GetFiles(folder).ShouldBe([file]);

        var forced = await RunAsync(new BackupVerb(), file, "--force");

        forced.Code.ShouldBe(0, forced.Error);
        (await RunAsync(new RestoreVerb(), file)).Code.ShouldBe(2, "the forced backup is a valid backup, so only --yes is missing");
        Directory.GetFiles(folder).ShouldBe([file]);
    }

    private sealed record VerbRun(int Code, string Output, string Error);

    /// <summary>Calls the verb as the command line does, with the running app's services.</summary>
    private async Task<VerbRun> RunAsync(ICommandLineVerb verb, params string[] words)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await verb.RunAsync(scope.ServiceProvider, new CommandLineArguments(words, verb.Switches), output, error, CancellationToken.None);
        return new VerbRun(code, output.ToString(), error.ToString());
    }

    /// <summary>`dotnet Gyoryu.Web.dll verb ...` over the same database, configured through environment variables as in production.</summary>
    private async Task<VerbRun> RunBuiltAppAsync(params string[] words)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gyoryu.Web.dll"));
        foreach (var word in words)
        {
            start.ArgumentList.Add(word);
        }

        start.Environment["ConnectionStrings__Gyoryu"] = app.ConnectionString;
        start.Environment["Gyoryu__Database__Provider"] = app.Provider;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new VerbRun(process.ExitCode, await output, await error);
    }

    private async Task ExecuteAsync(string sql)
    {
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }
}
