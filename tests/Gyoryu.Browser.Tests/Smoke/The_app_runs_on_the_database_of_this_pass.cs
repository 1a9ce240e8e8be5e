using Gyoryu.Browser.Tests.Infrastructure;

namespace Gyoryu.Browser.Tests.Smoke;

// ./test.sh runs the journeys twice; this proves the second pass really drives the app on PostgreSQL.
[Collection(AppServerCollection.Name)]
public sealed class The_app_runs_on_the_database_of_this_pass(AppServer app)
{
    [Fact]
    public async Task The_start_up_log_names_the_database_the_pass_chose()
    {
        var expected = TestPostgres.IsChosen ? $"Database: PostgreSQL database {app.DatabaseName} on" : $"Database: SQLite file {app.DatabaseName}";

        // The console logger writes from its own thread, so the line may follow the first answer by a moment.
        for (var attempt = 0; attempt < 50 && !app.Output.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
        }

        app.Output.ShouldContain(expected);
    }
}
