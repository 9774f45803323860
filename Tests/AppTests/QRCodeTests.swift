import Foundation
import Testing
@testable import App

/// Our QR encoder against matrices made by python-qrcode, an independent encoder (see
/// `Tests/Fixtures/qr/make-fixtures.py` for how and with which version they were made).
@Suite("QR code")
struct QRCodeTests {
    /// A fixture: the encoded text, the version and mask python-qrcode chose, and its matrix.
    struct Fixture {
        let text: String
        let version: Int
        let mask: Int
        let matrix: String

        init(_ name: String) throws {
            let path = TestApp.rootDirectory + "/Tests/Fixtures/qr/" + name + ".txt"
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            let header = lines[0].split(separator: "\t").map(String.init)
            text = header[0]
            version = Int(header[1].dropFirst("version ".count))!
            mask = Int(header[2].dropFirst("mask ".count))!
            matrix = lines.dropFirst().joined(separator: "\n")
        }
    }

    @Test(arguments: ["hello", "otpauth", "long"])
    func drawsTheSameMatrixAsTheReferenceEncoder(name: String) throws {
        let fixture = try Fixture(name)
        let code = try QRCode(fixture.text)
        #expect(code.version == fixture.version)
        #expect(code.mask == fixture.mask)
        #expect(code.text == fixture.matrix)
    }

    @Test(arguments: ["hello", "otpauth", "long"])
    func drawsTheSameMatrixWithTheReferenceMask(name: String) throws {
        // Separates placement and error correction from the choice of mask.
        let fixture = try Fixture(name)
        let code = try QRCode(fixture.text, mask: fixture.mask)
        #expect(code.text == fixture.matrix)
    }

    @Test func reedSolomonMatchesTheStandardsWorkedExample() {
        // ISO/IEC 18004 Annex I: "01234567" at version 1-M; its 16 data codewords give these 10.
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(data, degree: 10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    @Test func refusesTextLongerThanVersionTenHolds() {
        #expect(throws: QRCodeError.tooLong) { try QRCode(String(repeating: "x", count: 214)) }
        #expect((try? QRCode(String(repeating: "x", count: 213)))?.version == 10)
    }

    @Test func drawsDarkRunsAsRectsInsideAQuietZone() throws {
        let code = try QRCode("Hello, world")
        let svg = code.svg(label: "QR code <for> you")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""))
        #expect(svg.contains("aria-label=\"QR code &lt;for&gt; you\""))
        // The top-left finder's first row is seven dark modules: one rect, offset by the quiet zone.
        #expect(svg.contains("<rect x=\"4\" y=\"4\" width=\"7\" height=\"1\"/>"))
        let darkInSVG = svg.matches(of: /width="(\d+)" height="1"/).reduce(0) { $0 + Int($1.1)! }
        #expect(darkInSVG == code.modules.joined().filter { $0 }.count)
    }
}

/// A drawn code read back by an independent decoder (zbar's `zbarimg`, from Debian's
/// `zbar-tools`), when it is installed.
@Suite("QR code decoding")
struct QRCodeDecodingTests {
    static let zbarimg = "/usr/bin/zbarimg"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: zbarimg)))
    func zbarReadsTheEnrolmentAddressBack() throws {
        let uri = SecondFactorPages.otpauthURI(email: "sam.coordinator@example.org", secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        let code = try QRCode(uri)
        let scale = 6
        let extent = (code.size + 2 * QRCode.quietZone) * scale
        let pixels = (0..<extent).map { y in
            (0..<extent).map { x -> UInt8 in
                let (row, column) = (y / scale - QRCode.quietZone, x / scale - QRCode.quietZone)
                let dark = (0..<code.size).contains(row) && (0..<code.size).contains(column) && code.modules[row][column]
                return dark ? 0 : 255
            }
        }
        let file = NSTemporaryDirectory() + "qr-\(UUID().uuidString).png"
        try Data(GreyscalePNG.encode(pixels)).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.zbarimg)
        process.arguments = ["-q", "--raw", file]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let decoded = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(decoded.trimmingCharacters(in: .newlines) == uri)
    }
}
