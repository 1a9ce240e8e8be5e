using Gyoryu.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gyoryu.Web.Data;

/// <summary>Stores a partial date as "2006", "2023-04" or "2024-05-14", which also sorts chronologically as text.</summary>
public sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(date => date.ToString(), text => PartialDate.Parse(text));
