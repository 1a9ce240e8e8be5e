using System.Globalization;
using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Tests.Common;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2006", DatePrecision.Year, 2006, null, null)]
    [InlineData("2023-04", DatePrecision.Month, 2023, 4, null)]
    [InlineData("2024-05-14", DatePrecision.Day, 2024, 5, 14)]
    [InlineData("  2023-04 ", DatePrecision.Month, 2023, 4, null)]
    [InlineData("2024-02-29", DatePrecision.Day, 2024, 2, 29)]
    [InlineData("1900", DatePrecision.Year, 1900, null, null)]
    [InlineData("2200-12-31", DatePrecision.Day, 2200, 12, 31)]
    public void A_year_a_month_or_a_day_is_parsed_with_its_precision(string text, DatePrecision precision, int year, int? month, int? day)
    {
        PartialDate.TryParse(text, out var date).ShouldBeTrue();

        date.Precision.ShouldBe(precision);
        date.Year.ShouldBe(year);
        date.Month.ShouldBe(month);
        date.Day.ShouldBe(day);
        PartialDate.Parse(text).ShouldBe(date);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2023-04-00")]
    [InlineData("2023-04-31")]
    [InlineData("24-05-14")]
    [InlineData("02024")]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abcd")]
    [InlineData("2023/04")]
    [InlineData("2023.04.05")]
    [InlineData("2023-04-05-01")]
    [InlineData("2023--04")]
    [InlineData("2023-04-")]
    [InlineData("-2023")]
    [InlineData("+2023")]
    [InlineData("2023-4a")]
    [InlineData("２０２３")]
    public void Anything_else_is_not_a_partial_date(string? text)
    {
        PartialDate.TryParse(text, out var date).ShouldBeFalse();

        date.ShouldBe(default);
        Should.Throw<FormatException>(() => PartialDate.Parse(text!));
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("2023-99999999999")]
    [InlineData("2023-04-99999999999")]
    public void An_over_long_number_is_not_a_partial_date_rather_than_a_crash(string text)
    {
        PartialDate.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2006", "2006-01-01", "2006-12-31")]
    [InlineData("2023-04", "2023-04-01", "2023-04-30")]
    [InlineData("2023-12", "2023-12-01", "2023-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2024-05-14", "2024-05-14", "2024-05-14")]
    public void A_partial_date_stands_for_every_day_from_its_earliest_to_its_latest(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        date.Earliest.ShouldBe(DateOnly.ParseExact(earliest, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(DateOnly.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2006")]
    [InlineData("2023-04")]
    [InlineData("2024-05-14")]
    [InlineData("1900-01-01")]
    [InlineData("2200-12")]
    public void A_partial_date_round_trips_through_its_text(string text)
    {
        var date = PartialDate.Parse(text);

        date.ToString().ShouldBe(text);
        PartialDate.Parse(date.ToString()).ShouldBe(date);
    }

    [Fact]
    public void The_factories_make_the_same_dates_as_parsing()
    {
        PartialDate.OfDay(new DateOnly(2024, 5, 14)).ShouldBe(PartialDate.Parse("2024-05-14"));
        PartialDate.OfMonth(2023, 4).ShouldBe(PartialDate.Parse("2023-04"));
        PartialDate.OfYear(2006).ShouldBe(PartialDate.Parse("2006"));
    }

    [Fact]
    public void A_single_digit_month_is_accepted_and_written_back_with_two_digits()
    {
        PartialDate.Parse("2023-4").ToString().ShouldBe("2023-04");
        PartialDate.Parse("2023-4-5").ToString().ShouldBe("2023-04-05");
    }

    [Theory]
    [InlineData(1899, 1)]
    [InlineData(2201, 1)]
    [InlineData(2023, 0)]
    [InlineData(2023, 13)]
    public void A_month_out_of_range_cannot_be_made(int year, int month)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(year, month));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void A_year_out_of_range_cannot_be_made(int year)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.OfYear(year));
    }

    [Fact]
    public void Partial_dates_sort_by_their_first_day_then_by_their_last()
    {
        string[] texts = ["2023-02", "2023", "2022-12-31", "2023-01", "2023-01-01"];

        var sorted = texts.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        sorted.ShouldBe(["2022-12-31", "2023-01-01", "2023-01", "2023", "2023-02"]);
    }

    [Theory]
    [InlineData("2024-05-14", "2024년 5월 14일")]
    [InlineData("2023-04", "2023년 4월")]
    [InlineData("2006", "2006년")]
    public void A_partial_date_is_displayed_in_korean(string text, string expected)
    {
        PartialDate.Parse(text).ToDisplayString(CultureInfo.GetCultureInfo("ko-KR")).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-05-14", "14 May 2024")]
    [InlineData("2024-09-03", "3 Sep 2024")]
    [InlineData("2023-04", "April 2023")]
    [InlineData("2006", "2006")]
    public void A_partial_date_is_displayed_in_english(string text, string expected)
    {
        PartialDate.Parse(text).ToDisplayString(CultureInfo.GetCultureInfo("en-US")).ShouldBe(expected);
        PartialDate.Parse(text).ToDisplayString(CultureInfo.GetCultureInfo("en-GB")).ShouldBe(expected);
    }

    [Fact]
    public void The_display_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");

            PartialDate.Parse("2023-04").ToDisplayString(CultureInfo.GetCultureInfo("en-US")).ShouldBe("April 2023");
            PartialDate.Parse("2024-05-14").ToDisplayString(CultureInfo.GetCultureInfo("ko-KR")).ShouldBe("2024년 5월 14일");
            PartialDate.Parse("2024-05-14").ToString().ShouldBe("2024-05-14");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
