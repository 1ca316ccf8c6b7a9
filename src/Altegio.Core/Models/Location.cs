namespace Altegio.Models
{
    /// <summary>A location (company, salon, branch) the user's token can reach.</summary>
    public sealed class Location
    {
        /// <summary>
        /// The location id, which every other command takes as -CompanyId (or -LocationId). Named so on
        /// purpose, with no Id property: piped into Get-AltegioTag, a location must bind to -CompanyId,
        /// never to the tag's -Id.
        /// </summary>
        public long CompanyId { get; set; }

        /// <summary>The location's name.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>The name shown to clients.</summary>
        public string? PublicTitle { get; set; }

        /// <summary>The chain (main group) the location belongs to.</summary>
        public long? ChainId { get; set; }

        /// <summary>The country.</summary>
        public string? Country { get; set; }

        /// <summary>The city.</summary>
        public string? City { get; set; }

        /// <summary>The street address.</summary>
        public string? Address { get; set; }

        /// <summary>The phone number.</summary>
        public string? Phone { get; set; }

        /// <summary>The location's offset from UTC; its dates and event times are in this local time.</summary>
        public TimeSpan? UtcOffset { get; set; }

        /// <summary>The time zone name, e.g. Europe/Nicosia.</summary>
        public string? TimeZoneName { get; set; }

        /// <summary>The currency, e.g. EUR.</summary>
        public string? Currency { get; set; }

        /// <summary>False for a location that is switched off.</summary>
        public bool IsActive { get; set; } = true;

        /// <inheritdoc />
        public override string ToString() => Title;
    }
}
