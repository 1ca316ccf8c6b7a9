// Namespaces nearly every file of this project uses, imported once here rather than at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using System.Text.Json;
global using Altegio.Json;
global using Altegio.Errors;
global using Altegio.Http;
global using Altegio.Models;
