/*
 * mailwarden's own YARA rules for attachment threats (written for this project; no third-party rules).
 * Meta "weight" (a string, YARA meta has no floats) multiplies the YARA_MATCH score; "description" is shown in the symbol detail.
 */

rule MW_Test_Marker
{
    meta:
        description = "mailwarden YARA pipeline test marker (harmless), like EICAR for the YARA path"
        weight = "1.0"
    strings:
        $m = "MAILWARDEN-YARA-TEST-MARKER-3c91"
    condition:
        $m
}

rule MW_LNK_Launches_Interpreter
{
    meta:
        description = "Windows shortcut whose target or arguments start a script interpreter or LOLBin"
        weight = "1.5"
    strings:
        $p1 = "powershell" ascii wide nocase
        $p2 = "cmd.exe" ascii wide nocase
        $p3 = "mshta" ascii wide nocase
        $p4 = "wscript" ascii wide nocase
        $p5 = "cscript" ascii wide nocase
        $p6 = "rundll32" ascii wide nocase
        $p7 = "regsvr32" ascii wide nocase
        $p8 = "certutil" ascii wide nocase
        $p9 = "bitsadmin" ascii wide nocase
        $p10 = "curl.exe" ascii wide nocase
    condition:
        uint32(0) == 0x0000004C and uint32(4) == 0x00021401 and any of them
}

rule MW_HTML_Smuggling_Blob_Download
{
    meta:
        description = "HTML/SVG that builds a Blob from script data and saves it as a download"
        weight = "1.0"
    strings:
        $save1 = "msSaveOrOpenBlob" ascii nocase
        $save2 = "msSaveBlob" ascii nocase
        $blob = /new\s+Blob\s*\(/ ascii
        $url = /URL\.createObjectURL\s*\(/ ascii
        $dl = /\.download\s*=/ ascii
        $dec1 = "atob(" ascii
        $dec2 = "Uint8Array" ascii
    condition:
        filesize < 20MB and (any of ($save*) or ($blob and $url and $dl and any of ($dec*)))
}

rule MW_RTF_Equation_Editor_Object
{
    meta:
        description = "RTF embedding an Equation Editor OLE object (CVE-2017-11882 / CVE-2018-0802 family)"
        weight = "1.5"
    strings:
        $class_hex = "4571756174696f6e2e33" ascii nocase  /* "Equation.3" hex-encoded in \objdata */
        $class_txt = "Equation.3" ascii nocase
        $clsid = "0002ce02" ascii nocase
    condition:
        uint32(0) == 0x74725c7b and any of them  /* "{\rt" */
}

rule MW_PDF_Auto_JavaScript
{
    meta:
        description = "PDF that runs JavaScript from an OpenAction or additional action"
        weight = "1.0"
    strings:
        $js1 = "/JavaScript" ascii
        $js2 = "/JS" ascii
        $oa = "/OpenAction" ascii
        $aa = "/AA" ascii
    condition:
        uint32(0) == 0x46445025 and any of ($js*) and any of ($oa, $aa)  /* "%PDF" */
}

rule MW_OneNote_Embedded_Payload
{
    meta:
        description = "OneNote section carrying an embedded script, HTA or executable"
        weight = "1.5"
    strings:
        $fdso = { E7 16 E3 BD 65 26 11 45 A4 C4 8D 4D 0B 7A 9E AC }  /* FileDataStoreObject header GUID */
        $s1 = "<script" ascii nocase
        $s2 = "powershell" ascii wide nocase
        $s3 = "WScript.Shell" ascii wide nocase
        $s4 = { 4D 5A 90 00 }
        $s5 = "@echo off" ascii nocase
    condition:
        uint32(0) == 0x7B5C52E4 and $fdso and any of ($s*)
}

rule MW_ISO_Contains_LNK_Or_Executable
{
    meta:
        description = "ISO 9660 image holding a shortcut or executable (Mark-of-the-Web bypass delivery)"
        weight = "1.0"
    strings:
        $lnk = { 4C 00 00 00 01 14 02 00 00 00 00 00 C0 00 00 00 00 00 00 46 }
        $mz = { 4D 5A 90 00 03 00 00 00 }
    condition:
        uint32(0x8001) == 0x30304443 and any of them  /* "CD00" of "CD001" at 0x8001 */
}
