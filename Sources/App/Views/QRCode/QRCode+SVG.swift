extension QRCode {
    /// The quiet zone the standard asks for around the symbol, in modules (§6.3.8).
    static let quietZone = 4

    /// The code as an inline SVG: a white square with the quiet zone, and one black rect per
    /// horizontal run of dark modules. `label` names the picture for screen readers.
    func svg(label: String, pixelsPerModule: Int = 5) -> String {
        let extent = size + 2 * Self.quietZone
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(extent) \(extent)\""
        svg += " width=\"\(extent * pixelsPerModule)\" height=\"\(extent * pixelsPerModule)\""
        svg += " role=\"img\" aria-label=\"\(XMLText.escaped(label))\" shape-rendering=\"crispEdges\" class=\"qr-code\">"
        svg += "<rect width=\"\(extent)\" height=\"\(extent)\" fill=\"#fff\"/><g fill=\"#000\">"
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < size {
                guard line[column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, line[column] { column += 1 }
                svg += "<rect x=\"\(start + Self.quietZone)\" y=\"\(row + Self.quietZone)\" width=\"\(column - start)\" height=\"1\"/>"
            }
        }
        return svg + "</g></svg>"
    }

    /// The matrix as text, one row a line, `#` dark and `.` light: the form of the test fixtures.
    var text: String {
        modules.map { row in String(row.map { $0 ? "#" : "." }) }.joined(separator: "\n")
    }
}
