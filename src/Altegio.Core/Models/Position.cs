namespace Altegio.Models
{
    /// <summary>
    /// How strictly a position ties its team members to services. The numbers are the API's codes
    /// (the API sends them as integers; older answers send <c>none</c>, <c>optional</c>, <c>required</c>).
    /// </summary>
    public enum ServicesBindingType
    {
        /// <summary>No binding (code 0, formerly <c>none</c>).</summary>
        Disabled = 0,
        /// <summary>Services are suggested for the position (code 1, formerly <c>optional</c>).</summary>
        Soft = 1,
        /// <summary>Members may only provide the position's services (code 2, formerly <c>required</c>).</summary>
        Strict = 2,
    }

    /// <summary>A team-member position (job title). Positions live at chain level and are listed by the locations in <see cref="LocationIds"/>.</summary>
    public sealed class Position
    {
        /// <summary>The position id.</summary>
        public long Id { get; set; }

        /// <summary>The location the position was read through, so piping a position to another cmdlet keeps its location.</summary>
        public long CompanyId { get; set; }

        /// <summary>The chain the position belongs to.</summary>
        public long? ChainId { get; set; }

        /// <summary>The position's name, e.g. <c>Instructor</c>.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>A free-text description, or null.</summary>
        public string? Description { get; set; }

        /// <summary>How strictly team members of this position are tied to services.</summary>
        public ServicesBindingType ServicesBindingType { get; set; }

        /// <summary>The locations (companies) that list the position.</summary>
        public long[] LocationIds { get; set; } = Array.Empty<long>();

        /// <summary>Client fields an appointment with this position requires, e.g. <c>phone</c>, <c>email</c>.</summary>
        public string[] RequiredFields { get; set; } = Array.Empty<string>();

        /// <summary>True when members of this position take only chain-level appointments.</summary>
        public bool OnlyChainAppointment { get; set; }

        /// <inheritdoc />
        public override string ToString() => Title;
    }
}
