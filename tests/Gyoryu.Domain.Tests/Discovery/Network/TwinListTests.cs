using Gyoryu.Domain.Discovery.Network;

namespace Gyoryu.Domain.Tests.Discovery.Network;

public sealed class TwinListTests
{
    private const string Header = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Rows_keep_their_line_numbers_names_countries_and_coordinates()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Berat,Albania,40.7022,19.9583,Amasya,Turkey,40.65,35.8331",
            "São Paulo,Brazil,-23.55,-46.6333,Seoul,South Korea,37.56,126.99"));

        parse.IsValid.ShouldBeTrue();
        parse.Errors.ShouldBeEmpty();
        parse.Rows.Count.ShouldBe(2);
        parse.Rows[0].ShouldBe(new TwinRow(2, new TwinPlace("Berat", "Albania", 40.7022, 19.9583), new TwinPlace("Amasya", "Turkey", 40.65, 35.8331)));
        parse.Rows[1].Line.ShouldBe(3);
        parse.Rows[1].First.Name.ShouldBe("São Paulo");
        parse.Rows[1].First.Latitude.ShouldBe(-23.55);
        parse.Rows[1].Second.Country.ShouldBe("South Korea");
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_and_doubled_quotes()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "\"Bayside, New South Wales\",Australia,-33.9646,151.1991,\"Córdoba, Bolívar\",Colombia,9.5244,-74.878",
            "Esquel,Argentina,-42.9173,-71.3217,\"The \"\"Old\"\" Town\",\"Wales, United Kingdom\",52.414,-4.081"));

        parse.IsValid.ShouldBeTrue();
        parse.Rows[0].First.Name.ShouldBe("Bayside, New South Wales");
        parse.Rows[0].Second.Name.ShouldBe("Córdoba, Bolívar");
        parse.Rows[1].Second.Name.ShouldBe("The \"Old\" Town");
        parse.Rows[1].Second.Country.ShouldBe("Wales, United Kingdom");
    }

    [Fact]
    public void A_byte_order_mark_crlf_line_ends_and_blank_trailing_lines_are_accepted()
    {
        var text = "\uFEFF" + Header + "\r\n"
            + "Brisbane,Australia,-27.4678,153.0281,Daejeon,South Korea,36.35,127.385\r\n"
            + "Perth,Australia,-31.9558,115.8597,Seocho (Seoul),South Korea,37.4835,127.0322\r\n"
            + "\r\n";

        var parse = TwinList.Parse(text);

        parse.IsValid.ShouldBeTrue();
        parse.Rows.Select(r => r.Line).ShouldBe([2, 3]);
        parse.Rows[1].Second.Name.ShouldBe("Seocho (Seoul)");
    }

    [Fact]
    public void A_quoted_line_break_keeps_the_following_line_numbers_true()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "\"Two\nLines\",France,45,5,Lyon,France,45.76,4.84",
            "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5"));

        parse.IsValid.ShouldBeTrue();
        parse.Rows[0].First.Name.ShouldBe("Two\nLines");
        parse.Rows.Select(r => r.Line).ShouldBe([2, 4]);
    }

    [Fact]
    public void A_file_read_from_a_text_reader_gives_the_same_rows()
    {
        using var reader = new StringReader(Lines(Header, "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5"));

        TwinList.Parse(reader).Rows.Single().Second.Name.ShouldBe("Rome");
    }

    [Fact]
    public void A_row_with_seven_columns_is_refused_with_its_line_number()
    {
        var parse = TwinList.Parse(Lines(Header, "Paris,France,48.85,2.35,Rome,Italy,41.9"));

        var error = parse.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.Rule.ShouldBe("twin-list.column-count");
        error.Korean.ShouldContain("7개");
        error.English.ShouldBe("Line 2 has 7 columns; it needs 8.");
    }

    [Fact]
    public void An_empty_city_is_refused_naming_the_column()
    {
        var parse = TwinList.Parse(Lines(Header, " ,France,48.85,2.35,Rome,Italy,41.9,12.5"));

        var error = parse.Errors.ShouldHaveSingleItem();
        (error.Line, error.Rule, error.Field).ShouldBe((2, "twin-list.city-required", "city1"));
        error.Korean.ShouldNotBeNullOrWhiteSpace();
        error.English.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_empty_country_is_not_malformed_the_row_is_kept_for_the_matcher_to_report()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Ningbo,China,29.8603,121.6245,\"Varna, Bulgaria\",,43.2167,27.9167",
            "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5"));

        parse.IsValid.ShouldBeTrue();
        parse.Rows.Select(r => r.Line).ShouldBe([2, 3]);
        parse.Rows[0].Second.ShouldBe(new TwinPlace("Varna, Bulgaria", string.Empty, 43.2167, 27.9167));
    }

    [Fact]
    public void A_row_naming_the_same_place_twice_is_kept_for_the_matcher_to_report()
    {
        // The real list twins Nienburg/Weser with Nienburg/Saale under one name and the same coordinates.
        var parse = TwinList.Parse(Lines(Header, "Nienburg,Germany,52.6488,9.2578,Nienburg,Germany,52.6488,9.2578"));

        parse.IsValid.ShouldBeTrue();
        parse.Rows.ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void Coordinates_that_are_not_numbers_or_out_of_range_are_refused_each_with_its_column()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Paris,France,north,2.35,Rome,Italy,41.9,12.5",
            "Paris,France,48.85,2.35,Rome,Italy,91,180.5",
            "Paris,France,48.85,NaN,Rome,Italy,-90,-180"));

        parse.Errors.Select(e => (e.Line, e.Rule, e.Field)).ShouldBe(
        [
            (2, "twin-list.coordinate-not-a-number", "lat1"),
            (3, "twin-list.coordinate-out-of-range", "lat2"),
            (3, "twin-list.coordinate-out-of-range", "lng2"),
            (4, "twin-list.coordinate-not-a-number", "lng1"),
        ]);
    }

    [Fact]
    public void A_wrong_header_is_refused_on_line_one()
    {
        var parse = TwinList.Parse(Lines("name,country,lat,lng,name2,country2,lat2,lng2", "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5"));

        var error = parse.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(1);
        error.Rule.ShouldBe("twin-list.header");
        parse.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_file_is_refused_for_its_missing_header()
    {
        TwinList.Parse("\uFEFF\r\n").Errors.ShouldHaveSingleItem().Rule.ShouldBe("twin-list.header");
    }

    [Fact]
    public void An_unclosed_quote_and_text_after_a_quote_are_refused()
    {
        TwinList.Parse(Lines(Header, "\"Paris,France,48.85,2.35,Rome,Italy,41.9,12.5")).Errors.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(e => e.Rule.ShouldBe("twin-list.unclosed-quote"), e => e.Line.ShouldBe(2));
        TwinList.Parse(Lines(Header, "\"Paris\"x,France,48.85,2.35,Rome,Italy,41.9,12.5", "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5,extra"))
            .Errors.Select(e => (e.Line, e.Rule)).ShouldBe([(2, "twin-list.stray-quote"), (3, "twin-list.column-count")]);
    }

    [Fact]
    public void Any_error_means_no_rows_at_all_and_every_error_is_reported()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5",
            "Lyon,France,45.76,4.84,Rome,Italy,41.9",
            "Nice,France,43.7,7.26,Turin,Italy,45.07,7.69",
            "Metz,France,49.12,6.18,Trier,Germany,499.75,6.64"));

        parse.IsValid.ShouldBeFalse();
        parse.Rows.ShouldBeEmpty();
        parse.Errors.Select(e => e.Line).ShouldBe([3, 5]);
    }

    [Fact]
    public void The_same_pair_in_either_order_is_kept_once_with_its_first_line()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Busan,South Korea,35.18,129.075,Montreal,Canada,45.5089,-73.5542",
            "Paris,France,48.85,2.35,Rome,Italy,41.9,12.5",
            "Montreal,Canada,45.5089,-73.5542,Busan,South Korea,35.18,129.075",
            "Busan,South Korea,35.18,129.075,Montreal,Canada,45.5089,-73.5542"));

        parse.IsValid.ShouldBeTrue();
        parse.Rows.Select(r => r.Line).ShouldBe([2, 3]);
        parse.DuplicatesCollapsed.ShouldBe(2);
    }

    [Fact]
    public void Pairs_sharing_one_place_are_not_duplicates()
    {
        var parse = TwinList.Parse(Lines(
            Header,
            "Córdoba,Argentina,-31.4167,-64.1834,\"Córdoba, Bolívar\",Colombia,9.5244,-74.878",
            "Córdoba,Argentina,-31.4167,-64.1834,\"Córdoba, Nariño\",Colombia,0.855,-77.5211"));

        parse.Rows.Count.ShouldBe(2);
        parse.DuplicatesCollapsed.ShouldBe(0);
    }
}
