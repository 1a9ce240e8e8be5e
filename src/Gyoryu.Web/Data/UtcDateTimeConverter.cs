using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gyoryu.Web.Data;

public sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
