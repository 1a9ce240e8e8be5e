using Gyoryu.Domain.Discovery.Evaluation;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Tests.Discovery.Evaluation;

public sealed class TwinNetworkTests
{
    private const string Header = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";

    private static readonly CountryNames Countries = new([new("Japan", "JP"), new("France", "FR"), new("Albania", "AL")]);

    [Fact]
    public void Places_are_keyed_by_folded_name_and_country_code_with_the_coordinates_of_their_first_line()
    {
        var network = TwinNetwork.FromText(
            string.Join('\n', Header, "Seoul – Songpa,South Korea,37.51,127.1,Nara,Japan,34.68,135.8", "NARA,Japan,0,0,Berat,Albania,40.7,19.95"),
            Countries);

        network.Places.Select(p => p.Id).ShouldBe(["KR:seoul – songpa", "JP:nara", "AL:berat"]);
        network.Places[0].ShouldBe(new PlaceRecord("KR:seoul – songpa", PlaceKind.Korean, "KR", string.Empty, 0, 37.51, 127.1));
        network.Places[1].Kind.ShouldBe(PlaceKind.Foreign);
        network.Places[1].Latitude.ShouldBe(34.68);
        network.Ties.ShouldBe([new PlaceTie("KR:seoul – songpa", "JP:nara"), new PlaceTie("JP:nara", "AL:berat")]);
    }

    [Fact]
    public void Spellings_that_fold_together_are_not_a_tie_and_repeated_pairs_count_once()
    {
        var network = TwinNetwork.FromText(
            string.Join('\n', Header, "Bérat,France,43.3,1.1,Berat,France,43.3,1.1", "Berat,Albania,40.7,19.95,Nara,Japan,34.68,135.8", "Nara,Japan,34.68,135.8,Bérat,Albania,40.7,19.95"),
            Countries);

        network.Ties.ShouldBe([new PlaceTie("AL:berat", "JP:nara")]);
    }

    [Fact]
    public void Unknown_countries_keep_their_places_under_the_folded_name()
    {
        var network = TwinNetwork.FromText(string.Join('\n', Header, "Nara,Japan,34.68,135.8,Ruritania City,Ruritania,45,20"), Countries);

        network.UnknownCountryNames.ShouldBe(["Ruritania"]);
        network.Places[1].CountryCode.ShouldBe("ruritania");
    }

    [Fact]
    public void Rows_the_parser_refuses_are_skipped_and_reported()
    {
        var network = TwinNetwork.FromText(
            string.Join('\n', Header, "Portsmouth,France,50.8,-1.08,Falkland Islands,,-51.73,-59.22", "Nara,Japan,34.68,135.8,Berat,Albania,40.7,19.95"),
            Countries);

        network.SkippedRows.Select(e => e.Line).ShouldBe([2]);
        network.Ties.ShouldBe([new PlaceTie("JP:nara", "AL:berat")]);
    }
}
