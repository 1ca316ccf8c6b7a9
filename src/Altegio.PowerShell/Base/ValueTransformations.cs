namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// For a [DateTime] parameter that means a clock time at the location. A DateTimeOffset (such as an
    /// event's Start) gives its clock time, a string is read as written (an offset in it is dropped, never
    /// converted to this computer's zone, as PowerShell's own conversion would), a DateTime is kept as is.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class LocationTimeAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case DateTimeOffset offsetTime:
                    return DateTime.SpecifyKind(offsetTime.DateTime, DateTimeKind.Unspecified);
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text:
                    return EventTime.ParseLocationTime(text) ?? (object)text;
                case System.Collections.IList list when !(value is DateTime[]):
                    // A [DateTime[]] parameter (Copy-AltegioEvent -Start): each item as a single one.
                    var items = new object?[list.Count];
                    for (var i = 0; i < list.Count; i++)
                    {
                        items[i] = list[i] is null ? null : Transform(engineIntrinsics, list[i]!);
                    }

                    return items;
                default:
                    return inputData;
            }
        }
    }

    /// <summary>
    /// For a [TimeSpan] parameter: a plain number is minutes (60, "90"), "1h30m" and "01:30" and ISO "PT1H"
    /// are read as durations. PowerShell alone would read 60 as 60 ticks and "60" as 60 days. For a
    /// [TimeSpan[]] parameter each element is read so.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class DurationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is object[] many)
            {
                var each = new object?[many.Length];
                for (var i = 0; i < many.Length; i++)
                {
                    each[i] = Transform(engineIntrinsics, many[i]);
                }

                return each;
            }

            switch (value)
            {
                case int or long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                    return EventTime.FromMinutes(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text:
                    return EventTime.ParseDuration(text) ?? (object)text;
                default:
                    return inputData;
            }
        }
    }

    /// <summary>
    /// For a [long[]] parameter fed from CSV: "3004;3005", "3004,3005" or "3004 3005" become two ids and an
    /// empty cell becomes no ids.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class IdListAttribute : ArgumentTransformationAttribute
    {
        private static readonly char[] Separators = { ',', ';', ' ', '\t', '|' };

        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is not string text)
            {
                return inputData;
            }

            var ids = new List<long>();
            foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                {
                    return inputData;
                }

                ids.Add(id);
            }

            return ids.ToArray();
        }
    }
}
