<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AnalysisEditor</name>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>What happened, as shown by the evidence and the clarification hearings</source>
        <translation>Kejadian sebagaimana terungkap dari bukti dan klarifikasi</translation>
    </message>
    <message>
        <source>Legal elements</source>
        <translation>Unsur pelanggaran</translation>
    </message>
    <message>
        <source>Each element of the rule that was violated, and whether the facts meet it</source>
        <translation>Setiap unsur dari ketentuan yang dilanggar dan apakah fakta memenuhinya</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Whether the elements of a violation are met: forward the case or stop it</source>
        <translation>Apakah unsur pelanggaran terpenuhi: kasus diteruskan atau dihentikan</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation>Sum&amp;ber:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Jenis pemilihan:</translation>
    </message>
    <message>
        <source>Re&amp;gency/city:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Te&amp;mpat kejadian:</translation>
    </message>
    <message>
        <source>Event &amp;happened on:</source>
        <translation>Tanggal k&amp;ejadian:</translation>
    </message>
    <message>
        <source>Event &amp;known on:</source>
        <translation>Tanggal &amp;diketahui:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Tanggal d&amp;iterima:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Phone/e-mail:</source>
        <translation>Te&amp;lepon/surel:</translation>
    </message>
    <message>
        <source>Violation &amp;category:</source>
        <translation>Kategori &amp;pelanggaran:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Keep the reporter&apos;s identity &amp;confidential</source>
        <translation>&amp;Rahasiakan identitas pelapor</translation>
    </message>
    <message>
        <source>A confidential reporter is hidden from lists, prints and exports for anyone not allowed to see it.</source>
        <translation>Identitas pelapor yang dirahasiakan tidak ditampilkan dalam daftar, cetakan, dan ekspor data bagi pengguna yang tidak berwenang melihatnya.</translation>
    </message>
    <message>
        <source>where it happened, e.g. balai desa, a social media account</source>
        <translation>tempat kejadian, misalnya balai desa atau akun media sosial</translation>
    </message>
    <message>
        <source>What happened, as the reporter tells it</source>
        <translation>Uraian kejadian sebagaimana disampaikan pelapor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Nomor penerimaan: %1</translation>
    </message>
    <message>
        <source>Registration number: %1</source>
        <translation>Nomor registrasi: %1</translation>
    </message>
    <message>
        <source>New case: the receipt number is given on saving.</source>
        <translation>Kasus baru: nomor penerimaan diberikan pada saat disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Received after the %n-working-day window, which ended on %1. The case can be recorded but not registered.</source>
        <translation>
            <numerusform>Diterima melewati batas waktu %n hari kerja yang berakhir pada %1. Kasus dapat dicatat, tetapi tidak dapat diregistrasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received after the %n-day window, which ended on %1. The case can be recorded but not registered.</source>
        <translation>
            <numerusform>Diterima melewati batas waktu %n hari yang berakhir pada %1. Kasus dapat dicatat, tetapi tidak dapat diregistrasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event cannot have become known before it happened.</source>
        <translation>Tanggal diketahui tidak boleh mendahului tanggal kejadian.</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>Unknown token {%1} in the number pattern.</source>
        <translation>Penanda {%1} dalam pola nomor tidak dikenal.</translation>
    </message>
    <message>
        <source>A number pattern needs the sequence {seq}.</source>
        <translation>Pola nomor wajib memuat nomor urut {seq}.</translation>
    </message>
    <message>
        <source>A number pattern needs the year {year}, since sequences restart each year.</source>
        <translation>Pola nomor wajib memuat tahun {year} karena nomor urut dimulai kembali setiap tahun.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>No number could be assigned: %1</source>
        <translation>Nomor tidak dapat diberikan: %1</translation>
    </message>
    <message>
        <source>The person %1 could not be stored: %2</source>
        <translation>Data pihak %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Profil prosedur %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The case could not be stored: %1</source>
        <translation>Kasus tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>Kasus tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation>Riwayat perubahan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>Kasus tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The person %1 could not be removed: %2</source>
        <translation>Data pihak %1 tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>The step could not be saved: %1</source>
        <translation>Tahapan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be attached: %2</source>
        <translation>Berkas %1 tidak dapat dilampirkan: %2</translation>
    </message>
    <message>
        <source>The hearing could not be stored: %1</source>
        <translation>Data klarifikasi tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>Data klarifikasi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be stored: %1</source>
        <translation>Data tindak lanjut tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>A holiday needs a real date and a name.</source>
        <translation>Hari libur wajib memiliki tanggal yang sah dan nama.</translation>
    </message>
    <message>
        <source>The holiday could not be stored: %1</source>
        <translation>Hari libur tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>There is no holiday on %1.</source>
        <translation>Tidak ada hari libur pada tanggal %1.</translation>
    </message>
    <message>
        <source>The holiday could not be removed: %1</source>
        <translation>Hari libur tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The setting could not be stored: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The attachment no longer exists in the file.</source>
        <translation>Lampiran tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The attachment could not be removed: %1</source>
        <translation>Lampiran tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tgl. diterima</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Kategori pelanggaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Tenggat berikutnya</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>Choose whether the case is a report, a finding or initial information.</source>
        <translation>Pilih sumber kasus: laporan, temuan, atau informasi awal.</translation>
    </message>
    <message>
        <source>Choose the election: Pilkada or Pemilu.</source>
        <translation>Pilih jenis pemilihan: Pilkada atau Pemilu.</translation>
    </message>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation>Kode kabupaten/kota %1 tidak terdapat dalam daftar wilayah.</translation>
    </message>
    <message>
        <source>The date received is missing.</source>
        <translation>Tanggal diterima belum diisi.</translation>
    </message>
    <message>
        <source>A report needs the reporter&apos;s name.</source>
        <translation>Laporan wajib mencantumkan nama pelapor.</translation>
    </message>
    <message>
        <source>Unknown violation category %1.</source>
        <translation>Kategori pelanggaran %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>date of the event</source>
        <translation>kejadian</translation>
    </message>
    <message>
        <source>date it became known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>date registered</source>
        <translation>registrasi</translation>
    </message>
    <message>
        <source>date decided</source>
        <translation>putusan</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>Tanggal %1 (%2) melampaui hari ini.</translation>
    </message>
    <message>
        <source>The %1 cannot be before the %2.</source>
        <translation>Tanggal %1 tidak boleh mendahului tanggal %2.</translation>
    </message>
    <message>
        <source>Party %1 has an unknown role %2.</source>
        <translation>Peran %2 pada pihak %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Party %1 has no name.</source>
        <translation>Nama pihak %1 belum diisi.</translation>
    </message>
    <message>
        <source>%1: unknown position category %2.</source>
        <translation>%1: kategori jabatan %2 tidak dikenal.</translation>
    </message>
    <message>
        <source>%1: NIP %2 is not valid. %3</source>
        <translation>%1: NIP %2 tidak valid. %3</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>edit</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>A new case that was being typed when Netra stopped was recovered. Save it, or close the window to discard it.</source>
        <translation>Kasus baru yang sedang diketik saat Netra berhenti telah dipulihkan. Simpan kasus tersebut, atau tutup jendela untuk membatalkannya.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Kajian &amp;awal</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ka&amp;jian</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Prosedur</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Bukti</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>Ka&amp;sus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;unting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Unsaved edits from %1 were recovered after Netra stopped. Save them, or undo (Ctrl+Z) to go back to the stored case.</source>
        <translation>Perubahan yang belum disimpan dari %1 telah dipulihkan setelah Netra berhenti. Simpan perubahan tersebut, atau urungkan (Ctrl+Z) untuk kembali ke data kasus yang tersimpan.</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Kasus tidak tersimpan</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Laporan baru</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Save the edits first (Ctrl+S).</source>
        <translation>Simpan perubahan terlebih dahulu (Ctrl+S).</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This case has edits that are not saved. Save them?</source>
        <translation>Kasus ini memiliki perubahan yang belum disimpan. Simpan perubahan?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a data file of synthetic cases</source>
        <translation>membuat berkas data berisi kasus sintetis</translation>
    </message>
    <message>
        <source>check a data file&apos;s integrity and rules</source>
        <translation>memeriksa integritas berkas data dan kepatuhannya pada aturan</translation>
    </message>
    <message>
        <source>counts and the follow-up rate, as JSON</source>
        <translation>menghitung jumlah kasus dan tingkat tindak lanjut, dalam format JSON</translation>
    </message>
    <message>
        <source>cases with their deadlines, as JSON</source>
        <translation>menampilkan kasus beserta tenggatnya, dalam format JSON</translation>
    </message>
    <message>
        <source>list or edit the holiday calendar</source>
        <translation>menampilkan atau mengubah kalender hari libur</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See --help.</source>
        <translation>Jumlah argumen tidak sesuai. Lihat --help.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>Bukan tanggal yang sah (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>Only the regency with this code (3311 or 33.11).</source>
        <translation>Hanya kabupaten/kota dengan kode ini (3311 atau 33.11).</translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation>Diterima pada tanggal ini atau sesudahnya.</translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation>Diterima pada tanggal ini atau sebelumnya.</translation>
    </message>
    <message>
        <source>pilkada or pemilu.</source>
        <translation>pilkada atau pemilu.</translation>
    </message>
    <message>
        <source>Unknown regency code: %1</source>
        <translation>Kode kabupaten/kota tidak dikenal: %1</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>Tanggal --from lebih akhir daripada --to.</translation>
    </message>
    <message>
        <source>Unknown election: %1 (pilkada or pemilu)</source>
        <translation>Jenis pemilihan tidak dikenal: %1 (pilkada atau pemilu)</translation>
    </message>
    <message>
        <source>The data file to create (must not exist).</source>
        <translation>Berkas data yang akan dibuat (tidak boleh sudah ada).</translation>
    </message>
    <message>
        <source>How many cases (default 200).</source>
        <translation>Jumlah kasus (bawaan 200).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>Nilai awal pembangkit acak; nilai yang sama menghasilkan data yang sama (bawaan 1).</translation>
    </message>
    <message>
        <source>Comma-separated regency codes (default 3311).</source>
        <translation>Kode kabupaten/kota, dipisahkan koma (bawaan 3311).</translation>
    </message>
    <message>
        <source>The day the data ends on (default: today).</source>
        <translation>Tanggal akhir data (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Tidak menampilkan kemajuan proses di stderr.</translation>
    </message>
    <message>
        <source>Creates a data file filled with realistic synthetic cases.</source>
        <translation>Membuat berkas data berisi kasus sintetis yang realistis.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE wajib diisi.</translation>
    </message>
    <message>
        <source>%1 exists already; the demo never writes into an existing file.</source>
        <translation>%1 sudah ada; data demo tidak pernah ditulis ke berkas yang sudah ada.</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 10000000.</source>
        <translation>--cases menerima bilangan 0 sampai dengan 10000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed menerima bilangan bulat.</translation>
    </message>
    <message>
        <source>--regencies takes regency codes such as 3311,3312.</source>
        <translation>--regencies menerima kode kabupaten/kota, misalnya 3311,3312.</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 dari %2 kasus</translation>
    </message>
    <message>
        <source>Checks a data file: schema version, SQLite integrity and the rules every case must hold. Exit 0 only when all hold.</source>
        <translation>Memeriksa berkas data: versi skema, integritas SQLite, dan aturan yang wajib dipenuhi setiap kasus. Kode keluar 0 hanya jika semuanya terpenuhi.</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>berkas data</translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation>Keluaran dalam format JSON (satu-satunya format).</translation>
    </message>
    <message>
        <source>Counts cases by status, source, category, position, agency and regency, with recommendations, follow-ups and the follow-up rate.</source>
        <translation>Menghitung kasus menurut status, sumber, kategori, jabatan, instansi, dan kabupaten/kota, beserta rekomendasi, tindak lanjut, dan tingkat tindak lanjut.</translation>
    </message>
    <message>
        <source>Only these statuses, comma-separated (diterima, diregistrasi, ...).</source>
        <translation>Hanya status berikut, dipisahkan koma (diterima, diregistrasi, ...).</translation>
    </message>
    <message>
        <source>laporan, temuan or informasi_awal.</source>
        <translation>laporan, temuan, atau informasi_awal.</translation>
    </message>
    <message>
        <source>Violation category code.</source>
        <translation>Kode kategori pelanggaran.</translation>
    </message>
    <message>
        <source>Position category code of a person reported.</source>
        <translation>Kode kategori jabatan terlapor.</translation>
    </message>
    <message>
        <source>late, due_today or due_soon.</source>
        <translation>late, due_today, atau due_soon.</translation>
    </message>
    <message>
        <source>Text in the number, names, NIP, agency or description.</source>
        <translation>Teks yang dicari pada nomor, nama, NIP, instansi, atau uraian.</translation>
    </message>
    <message>
        <source>At most this many cases.</source>
        <translation>Jumlah kasus paling banyak.</translation>
    </message>
    <message>
        <source>Measure deadlines against this day (default: today).</source>
        <translation>Tanggal acuan penghitungan tenggat (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Lists cases with their computed deadlines and state.</source>
        <translation>Menampilkan daftar kasus beserta tenggat hasil penghitungan dan keadaannya.</translation>
    </message>
    <message>
        <source>Unknown value for --%1: %2</source>
        <translation>Nilai tidak dikenal untuk --%1: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit menerima bilangan bulat.</translation>
    </message>
    <message>
        <source>Add or change the day off on DATE (with --name).</source>
        <translation>Menambahkan atau mengubah hari libur pada DATE (bersama --name).</translation>
    </message>
    <message>
        <source>The name of the day off.</source>
        <translation>Nama hari libur.</translation>
    </message>
    <message>
        <source>libur_nasional, cuti_bersama or hari_pemilihan.</source>
        <translation>libur_nasional, cuti_bersama, atau hari_pemilihan.</translation>
    </message>
    <message>
        <source>Remove the day off on DATE.</source>
        <translation>Menghapus hari libur pada DATE.</translation>
    </message>
    <message>
        <source>List only this year.</source>
        <translation>Hanya menampilkan hari libur pada tahun YEAR.</translation>
    </message>
    <message>
        <source>Lists and edits the office&apos;s holiday calendar (national holidays, joint leave, election days) used to count working days.</source>
        <translation>Menampilkan dan mengubah kalender hari libur kantor (libur nasional, cuti bersama, hari pemungutan suara) yang digunakan untuk menghitung hari kerja.</translation>
    </message>
    <message>
        <source>Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.</source>
        <translation>Penggunaan: netra-cli COMMAND [options]; netra-cli COMMAND --help untuk melihat opsi perintah tersebut.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Set NETRA_LANG=en for English messages (Indonesian by default).</source>
        <translation>Tetapkan NETRA_LANG=en untuk pesan dalam bahasa Inggris (bawaan: bahasa Indonesia).</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Change a setting: KEY=VALUE (may be repeated). Keys: office_name, office_code, office_level, receipt_pattern, registration_pattern.</source>
        <translation>Mengubah pengaturan: KEY=VALUE (dapat diulang). Kunci: office_name, office_code, office_level, receipt_pattern, registration_pattern.</translation>
    </message>
    <message>
        <source>Shows and changes the office&apos;s settings: its name and code, and the patterns of receipt and registration numbers.</source>
        <translation>Menampilkan dan mengubah pengaturan kantor: nama dan kodenya, serta pola nomor penerimaan dan nomor registrasi.</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Pengaturan tidak dikenal: %1</translation>
    </message>
    <message>
        <source>show or change the office&apos;s settings</source>
        <translation>menampilkan atau mengubah pengaturan kantor</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Initial information</source>
        <translation>Informasi awal</translation>
    </message>
    <message>
        <source>Pilkada (regional head election)</source>
        <translation>Pilkada (pemilihan kepala daerah)</translation>
    </message>
    <message>
        <source>Pemilu (general election)</source>
        <translation>Pemilu (pemilihan umum)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Tidak diregistrasi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Diregistrasi</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Kajian</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Campaigning on social media</source>
        <translation>Kampanye melalui media sosial</translation>
    </message>
    <message>
        <source>Partisan activities</source>
        <translation>Kegiatan yang mengarah pada keberpihakan</translation>
    </message>
    <message>
        <source>Photo with a candidate or their hand sign</source>
        <translation>Berfoto bersama calon atau dengan simbol tangan calon</translation>
    </message>
    <message>
        <source>Attending a declaration or campaign</source>
        <translation>Menghadiri deklarasi atau kampanye</translation>
    </message>
    <message>
        <source>Approaching a political party</source>
        <translation>Melakukan pendekatan ke partai politik</translation>
    </message>
    <message>
        <source>Installing banners</source>
        <translation>Memasang baliho/spanduk</translation>
    </message>
    <message>
        <source>Decisions favouring a candidate</source>
        <translation>Membuat keputusan yang menguntungkan calon</translation>
    </message>
    <message>
        <source>Registering as a candidate</source>
        <translation>Mendaftar sebagai calon</translation>
    </message>
    <message>
        <source>Joining a campaign team</source>
        <translation>Menjadi anggota tim kampanye</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>Menjadi anggota partai politik</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation>Jabatan pimpinan tinggi (JPT)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <source>Staff (pelaksana)</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Area head (camat, lurah)</source>
        <translation>Kepala wilayah (camat, lurah)</translation>
    </message>
    <message>
        <source>Contract civil servant (PPPK)</source>
        <translation>Pegawai pemerintah dengan perjanjian kerja (PPPK)</translation>
    </message>
    <message>
        <source>Honorary staff</source>
        <translation>Tenaga honorer</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Village official</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation>TNI/Polri</translation>
    </message>
    <message>
        <source>Moral sanction: closed statement</source>
        <translation>Sanksi moral: pernyataan secara tertutup</translation>
    </message>
    <message>
        <source>Moral sanction: open statement</source>
        <translation>Sanksi moral: pernyataan secara terbuka</translation>
    </message>
    <message>
        <source>Light disciplinary penalty</source>
        <translation>Hukuman disiplin ringan</translation>
    </message>
    <message>
        <source>Moderate disciplinary penalty</source>
        <translation>Hukuman disiplin sedang</translation>
    </message>
    <message>
        <source>Severe disciplinary penalty</source>
        <translation>Hukuman disiplin berat</translation>
    </message>
    <message>
        <source>Dismissal not with honour (PTDH)</source>
        <translation>Pemberhentian tidak dengan hormat (PTDH)</translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation>Tanpa sanksi</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ahli</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Netra data file.</source>
        <translation>Berkas %1 kosong; berkas tersebut bukan berkas data Netra.</translation>
    </message>
    <message>
        <source>The file %1 is not a Netra data file.</source>
        <translation>Berkas %1 bukan berkas data Netra.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Berkas %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read.</source>
        <translation>Berkas %1 rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Netra data file.</source>
        <translation>Berkas %1 merupakan basis data SQLite, tetapi bukan berkas data Netra.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</source>
        <translation>Berkas %1 dibuat dengan Netra versi yang lebih baru (versi data %2; program ini hanya mengenal sampai dengan versi %3). Perbarui Netra untuk membukanya.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Berkas %1 rusak (%2). Pulihkan berkas dari cadangan.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be brought to data version %2: %3</source>
        <translation>Berkas %1 tidak dapat dimutakhirkan ke versi data %2: %3</translation>
    </message>
    <message>
        <source>The holiday calendar could not be stored: %1</source>
        <translation>Kalender hari libur tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Terpenuhi terlambat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Segera jatuh tempo</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The regency code %1 is not in the region list.</source>
        <translation>Kode kabupaten/kota %1 tidak terdapat dalam daftar wilayah.</translation>
    </message>
    <message>
        <source>The demo word lists are missing from the program&apos;s resources.</source>
        <translation>Daftar kata untuk data demo tidak ditemukan dalam sumber daya program.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Data demo tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Save the case first, then attach evidence.</source>
        <translation>Simpan kasus terlebih dahulu, kemudian lampirkan bukti.</translation>
    </message>
    <message>
        <source>Attaching evidence…</source>
        <translation>Melampirkan bukti…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) not attached.</source>
        <translation>
            <numerusform>Dihentikan: %n berkas tidak dilampirkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: berkas tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it instead.</source>
        <translation>%1 adalah folder; lampirkan berkas yang ada di dalamnya.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 bukan berkas biasa.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3 per file.</source>
        <translation>Ukuran %1 adalah %2, melebihi batas %3 per berkas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 per file.</source>
        <translation>Ukuran %1 melebihi batas %2 per berkas.</translation>
    </message>
    <message>
        <source>%1 is already attached to this case as %2.</source>
        <translation>%1 sudah dilampirkan pada kasus ini sebagai %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. Not attached:</source>
        <translation>
            <numerusform>%n berkas dilampirkan. Tidak dilampirkan:</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was attached:</source>
        <translation>Tidak ada berkas yang dilampirkan:</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Bukti tidak dilampirkan</translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation>%1
Jenis: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>SHA-256: %1
Ctrl+C copies it.</source>
        <translation>SHA-256: %1
Tekan Ctrl+C untuk menyalinnya.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan bukti</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Buka bukti</translation>
    </message>
    <message>
        <source>%1 could not be copied out to be opened: %2</source>
        <translation>%1 tidak dapat disalin untuk dibuka: %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka %1.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Hapus bukti</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence of this case? It is deleted from the data file.</source>
        <translation>Hapus %1 dari bukti kasus ini? Berkas tersebut akan dihapus dari berkas data.</translation>
    </message>
    <message>
        <source>Save the case first; then its evidence can be attached here.</source>
        <translation>Simpan kasus terlebih dahulu; setelah itu bukti dapat dilampirkan di sini.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Attach files to this case (at most %1 each); files can also be dropped on the list.</source>
        <translation>Lampirkan berkas pada kasus ini (paling besar %1 per berkas); berkas juga dapat diseret ke daftar.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open a copy of the file (Enter)</source>
        <translation>Buka salinan berkas (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the file from the case (Delete)</source>
        <translation>Hapus berkas dari kasus (Delete)</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Salin SHA-256</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation>Versi data %1, seharusnya %2.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Pemeriksaan integritas SQLite: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Rujukan terputus: %1</translation>
    </message>
    <message>
        <source>The same NIP twice in one case: %1</source>
        <translation>NIP yang sama tercantum dua kali dalam satu kasus: %1</translation>
    </message>
    <message>
        <source>A receipt number without its year&apos;s sequence: %1</source>
        <translation>Nomor penerimaan tanpa nomor urut tahunannya: %1</translation>
    </message>
    <message>
        <source>A case without its creation in the change log: %1</source>
        <translation>Kasus tanpa catatan pembuatan dalam riwayat perubahan: %1</translation>
    </message>
    <message>
        <source>The attachment %1 does not match its SHA-256.</source>
        <translation>Lampiran %1 tidak sesuai dengan nilai SHA-256-nya.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Kasus %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search number, name, NIP, agency or description (Ctrl+F)</source>
        <translation>Cari nomor, nama, NIP, instansi, atau uraian (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Reports and findings</source>
        <translation>Laporan dan temuan</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>Semua jenis pemilihan</translation>
    </message>
    <message>
        <source>All violation categories</source>
        <translation>Semua kategori pelanggaran</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Semua kategori jabatan</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Semua tenggat</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Jatuh tempo dalam 3 hari</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Diterima antara</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show every case (Ctrl+Shift+L)</source>
        <translation>Tampilkan semua kasus (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>received %1 to %2</source>
        <translation>diterima %1 s.d. %2</translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation>teks &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Showing every case.</source>
        <translation>Menampilkan semua kasus.</translation>
    </message>
    <message>
        <source>Filter in use: %1</source>
        <translation>Filter aktif: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Netra</source>
        <translation>Tentang Netra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netra&lt;/b&gt; %1&lt;br&gt;The case desk for civil-servant neutrality cases of a Bawaslu regency or city office.</source>
        <translation>&lt;b&gt;Netra&lt;/b&gt; %1&lt;br&gt;Aplikasi penanganan kasus netralitas ASN untuk Bawaslu Kabupaten/Kota.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation>Berkas data ba&amp;ru...</translation>
    </message>
    <message>
        <source>&amp;Open data file...</source>
        <translation>&amp;Buka berkas data...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Netra</source>
        <translation>&amp;Tentang Netra</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>Tidak ada berkas data yang terbuka.</translation>
    </message>
    <message>
        <source>%1 - Netra</source>
        <translation>%1 - Netra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Berkas data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Berkas data Netra (*.netra)</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Berkas data baru</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Buka berkas data</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>New &amp;report...</source>
        <translation>&amp;Laporan baru...</translation>
    </message>
    <message>
        <source>New &amp;finding...</source>
        <translation>&amp;Temuan baru...</translation>
    </message>
    <message>
        <source>&amp;Open the selected case (Enter)</source>
        <translation>&amp;Buka kasus yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s deadlines</source>
        <translation>&amp;Tenggat hari ini</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>An NIK has 16 digits.</source>
        <translation>NIK terdiri atas 16 digit.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of an NIK are not a birth date.</source>
        <translation>Digit ke-7 sampai dengan ke-12 NIK bukan tanggal lahir yang sah.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP belum diisi.</translation>
    </message>
    <message>
        <source>An NIP holds digits only.</source>
        <translation>NIP hanya terdiri atas angka.</translation>
    </message>
    <message numerus="yes">
        <source>An NIP has 18 digits; this one has %n.</source>
        <translation>
            <numerusform>NIP terdiri atas 18 digit; NIP ini terdiri atas %n digit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits 1 to 8 are not a real birth date.</source>
        <translation>Digit ke-1 sampai dengan ke-8 bukan tanggal lahir yang sah.</translation>
    </message>
    <message>
        <source>Digits 13 and 14 must be a month from 01 to 12.</source>
        <translation>Digit ke-13 dan ke-14 harus berupa bulan 01 sampai dengan 12.</translation>
    </message>
    <message>
        <source>The start as a civil servant (digits 9 to 14) must be at least 18 years after the birth date.</source>
        <translation>TMT CPNS (digit ke-9 sampai dengan ke-14) paling cepat 18 tahun setelah tanggal lahir.</translation>
    </message>
    <message>
        <source>Digit 15 is the gender: 1 for male, 2 for female.</source>
        <translation>Digit ke-15 menunjukkan jenis kelamin: 1 untuk laki-laki, 2 untuk perempuan.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
<context>
    <name>PartyTableEditor</name>
    <message>
        <source>Remove person</source>
        <translation>Hapus pihak</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case?</source>
        <translation>Hapus %1 (%2) dari kasus ini?</translation>
    </message>
    <message>
        <source>%1: the identifier is not checked as an NIP.</source>
        <translation>%1: nomor identitas tidak diperiksa sebagai NIP.</translation>
    </message>
    <message>
        <source>Birth date: %1 · Start (TMT): %2 · Gender: %3</source>
        <translation>Tanggal lahir: %1 · TMT CPNS: %2 · Jenis kelamin: %3</translation>
    </message>
    <message>
        <source>NI PPPK: 18 digits; its layout is not checked further.</source>
        <translation>NI PPPK: 18 digit; susunannya tidak diperiksa lebih lanjut.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / identifier</source>
        <translation>NIP / nomor identitas</translation>
    </message>
    <message>
        <source>Position title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position category</source>
        <translation>Kategori jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Add person repor&amp;ted</source>
        <translation>Tambah &amp;terlapor</translation>
    </message>
    <message>
        <source>Add a person reported (Insert)</source>
        <translation>Tambah terlapor (Insert)</translation>
    </message>
    <message>
        <source>Add &amp;witness</source>
        <translation>Tambah &amp;saksi</translation>
    </message>
    <message>
        <source>Add e&amp;xpert</source>
        <translation>Tambah a&amp;hli</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Hapus pihak yang dipilih (Delete)</translation>
    </message>
</context>
<context>
    <name>ProcedurePanel</name>
    <message>
        <source>Register</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Do not register</source>
        <translation>Tidak diregistrasi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Kajian</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Perpanjang tenggat</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>Registration number %1 of %2</source>
        <translation>Nomor registrasi %1 tanggal %2</translation>
    </message>
    <message>
        <source>Receipt number %1 of %2</source>
        <translation>Nomor penerimaan %1 tanggal %2</translation>
    </message>
    <message>
        <source>Forwarded to %1 on %2 with letter %3</source>
        <translation>Diteruskan kepada %1 pada tanggal %2 dengan surat nomor %3</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Diputus pada tanggal %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Decision deadline extended by %n day(s): %1</source>
        <translation>
            <numerusform>Tenggat putusan diperpanjang %n hari: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the new case first.</source>
        <translation>Simpan kasus baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Berkas dibuka dalam mode baca saja.</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Profil prosedur %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>This procedure allows no extension of the decision deadline.</source>
        <translation>Prosedur ini tidak membolehkan perpanjangan tenggat putusan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The step was not taken</source>
        <translation>Tahapan tidak dapat dicatat</translation>
    </message>
</context>
<context>
    <name>ProcedureProfile</name>
    <message>
        <source>Filing of the report</source>
        <translation>Penyampaian laporan</translation>
    </message>
    <message>
        <source>Setting of the finding</source>
        <translation>Penetapan temuan</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>Kajian awal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Putusan</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Name and address of the reporter</source>
        <translation>Nama dan alamat pelapor</translation>
    </message>
    <message>
        <source>The party reported is named</source>
        <translation>Identitas terlapor disebutkan</translation>
    </message>
    <message>
        <source>Filed within the deadline</source>
        <translation>Disampaikan dalam batas waktu</translation>
    </message>
    <message>
        <source>Signature matches the identity card</source>
        <translation>Tanda tangan sesuai dengan KTP</translation>
    </message>
    <message>
        <source>Time and place of the event</source>
        <translation>Waktu dan tempat kejadian</translation>
    </message>
    <message>
        <source>Description of the event</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Formal requirements</source>
        <translation>Syarat formal</translation>
    </message>
    <message>
        <source>Material requirements</source>
        <translation>Syarat materiel</translation>
    </message>
    <message>
        <source>Reporter told of the missing items on</source>
        <translation>Pelapor diberi tahu kekurangan syarat pada tanggal</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>All requirements met</source>
        <translation>Semua syarat terpenuhi</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Belum terpenuhi: %1</translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Only a received case can be registered or refused; this one is %1.</source>
        <translation>Hanya kasus berstatus Diterima yang dapat diregistrasi atau dinyatakan tidak diregistrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>A case needs at least one person reported before it is registered.</source>
        <translation>Kasus harus memiliki sekurang-kurangnya satu terlapor sebelum diregistrasi.</translation>
    </message>
    <message>
        <source>A report can be withdrawn only before registration; this case is %1.</source>
        <translation>Laporan hanya dapat dicabut sebelum registrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>Only a report can be withdrawn.</source>
        <translation>Hanya laporan yang dapat dicabut.</translation>
    </message>
    <message>
        <source>Clarification follows registration; this case is %1.</source>
        <translation>Klarifikasi dilakukan setelah registrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>The analysis follows registration or clarification; this case is %1.</source>
        <translation>Kajian dilakukan setelah registrasi atau klarifikasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>A decision follows the analysis; this case is %1.</source>
        <translation>Putusan diambil setelah kajian; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>Only the deadline of a registered, undecided case can be extended.</source>
        <translation>Tenggat hanya dapat diperpanjang untuk kasus yang telah diregistrasi dan belum diputus.</translation>
    </message>
    <message>
        <source>The decision deadline of this case was already extended.</source>
        <translation>Tenggat putusan kasus ini sudah pernah diperpanjang.</translation>
    </message>
    <message>
        <source>The date of the step is missing.</source>
        <translation>Tanggal tahapan belum diisi.</translation>
    </message>
    <message>
        <source>The date of the step cannot be in the future.</source>
        <translation>Tanggal tahapan tidak boleh melampaui hari ini.</translation>
    </message>
    <message>
        <source>The date of the step cannot be before the case was received.</source>
        <translation>Tanggal tahapan tidak boleh mendahului tanggal kasus diterima.</translation>
    </message>
    <message>
        <source>The date of the step cannot be before the registration.</source>
        <translation>Tanggal tahapan tidak boleh mendahului tanggal registrasi.</translation>
    </message>
    <message>
        <source>Registration needs a registration number.</source>
        <translation>Registrasi memerlukan nomor registrasi.</translation>
    </message>
    <message numerus="yes">
        <source>The case was filed after the %n-day window and cannot be registered.</source>
        <translation>
            <numerusform>Kasus disampaikan melewati batas waktu %n hari sehingga tidak dapat diregistrasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation>Tahapan ini memerlukan alasan.</translation>
    </message>
    <message>
        <source>Forwarding needs the number of the forwarding letter.</source>
        <translation>Penerusan memerlukan nomor surat penerusan.</translation>
    </message>
    <message>
        <source>Forwarding needs the authority the case goes to.</source>
        <translation>Penerusan memerlukan instansi berwenang yang menjadi tujuan penerusan.</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>Perpanjangan memerlukan alasan.</translation>
    </message>
    <message>
        <source>An extension needs a number of days.</source>
        <translation>Perpanjangan memerlukan jumlah hari.</translation>
    </message>
    <message numerus="yes">
        <source>This procedure allows an extension of at most %n days.</source>
        <translation>
            <numerusform>Prosedur ini membolehkan perpanjangan paling lama %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>status %1 tidak dikenal</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>sumber %1 tidak dikenal</translation>
    </message>
    <message>
        <source>unknown election %1</source>
        <translation>jenis pemilihan %1 tidak dikenal</translation>
    </message>
    <message>
        <source>no date received</source>
        <translation>tanggal diterima tidak ada</translation>
    </message>
    <message>
        <source>registered without a registration number or date</source>
        <translation>diregistrasi tanpa nomor atau tanggal registrasi</translation>
    </message>
    <message>
        <source>a registration number on a case that is not registered</source>
        <translation>ada nomor registrasi pada kasus yang tidak diregistrasi</translation>
    </message>
    <message>
        <source>closed without a decision date</source>
        <translation>ditutup tanpa tanggal putusan</translation>
    </message>
    <message>
        <source>closed without a reason</source>
        <translation>ditutup tanpa alasan</translation>
    </message>
    <message>
        <source>forwarded without an authority or letter number</source>
        <translation>diteruskan tanpa instansi tujuan atau nomor surat</translation>
    </message>
    <message>
        <source>dates out of order</source>
        <translation>urutan tanggal tidak sesuai</translation>
    </message>
    <message>
        <source>registered without a person reported</source>
        <translation>diregistrasi tanpa terlapor</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Register the case</source>
        <translation>Registrasi kasus</translation>
    </message>
    <message>
        <source>Do not register the case</source>
        <translation>Kasus tidak diregistrasi</translation>
    </message>
    <message>
        <source>Record the withdrawal of the report</source>
        <translation>Catat pencabutan laporan</translation>
    </message>
    <message>
        <source>Start the clarification</source>
        <translation>Mulai klarifikasi</translation>
    </message>
    <message>
        <source>Start the analysis</source>
        <translation>Mulai kajian</translation>
    </message>
    <message>
        <source>Forward the case to the authority</source>
        <translation>Teruskan kasus kepada instansi berwenang</translation>
    </message>
    <message>
        <source>Stop the case</source>
        <translation>Hentikan kasus</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Perpanjang tenggat putusan</translation>
    </message>
    <message>
        <source>The report or finding meets the formal and material requirements and is registered. The decision deadline starts on the day of registration.</source>
        <translation>Laporan atau temuan memenuhi syarat formal dan syarat materiel sehingga diregistrasi. Tenggat putusan dihitung sejak hari registrasi.</translation>
    </message>
    <message>
        <source>The requirements are not met or the case was filed too late. The reason is given to the reporter in the status notice.</source>
        <translation>Syarat tidak terpenuhi atau kasus disampaikan melewati batas waktu. Alasannya disampaikan kepada pelapor dalam pemberitahuan status laporan.</translation>
    </message>
    <message>
        <source>The reporter withdrew the report. A report can be withdrawn only before it is registered.</source>
        <translation>Pelapor mencabut laporannya. Laporan hanya dapat dicabut sebelum diregistrasi.</translation>
    </message>
    <message>
        <source>The parties, witnesses and experts are invited and heard.</source>
        <translation>Para pihak, saksi, dan ahli diundang dan dimintai keterangan.</translation>
    </message>
    <message>
        <source>The facts are weighed against the legal elements of the violation.</source>
        <translation>Fakta-fakta dikaji terhadap unsur-unsur pelanggaran.</translation>
    </message>
    <message>
        <source>The elements of a violation are met: the case goes to the civil-service authority with a forwarding letter.</source>
        <translation>Unsur pelanggaran terpenuhi: kasus diteruskan kepada instansi berwenang di bidang kepegawaian dengan surat penerusan.</translation>
    </message>
    <message>
        <source>The elements of a violation are not met: the case is stopped. The reason is given to the reporter in the status notice.</source>
        <translation>Unsur pelanggaran tidak terpenuhi: kasus dihentikan. Alasannya disampaikan kepada pelapor dalam pemberitahuan status laporan.</translation>
    </message>
    <message>
        <source>More information is needed: the decision deadline is extended once, by at most the days the procedure allows.</source>
        <translation>Diperlukan keterangan tambahan: tenggat putusan diperpanjang satu kali, paling lama sesuai jumlah hari yang dibolehkan prosedur.</translation>
    </message>
    <message>
        <source>%1, reported: %2</source>
        <translation>%1, terlapor: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, reported: %2 and %n more</source>
        <translation>
            <numerusform>%1, terlapor: %2 dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Tanggal registrasi:</translation>
    </message>
    <message>
        <source>Withdrawn on:</source>
        <translation>Tanggal pencabutan:</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Tanggal dimulai:</translation>
    </message>
    <message>
        <source>Forwarded on:</source>
        <translation>Tanggal diteruskan:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Tanggal putusan:</translation>
    </message>
    <message>
        <source>The registration number is assigned from the office&apos;s numbering pattern when the step is saved.</source>
        <translation>Nomor registrasi diberikan sesuai pola penomoran kantor pada saat tahapan disimpan.</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Nomor registrasi:</translation>
    </message>
    <message>
        <source>The initial review does not record these requirements as met: %1.</source>
        <translation>Kajian awal belum mencatat syarat berikut sebagai terpenuhi: %1.</translation>
    </message>
    <message>
        <source>Number of the forwarding letter</source>
        <translation>Nomor surat penerusan</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Nomor surat:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Instansi berwenang:</translation>
    </message>
    <message>
        <source>Working days added:</source>
        <translation>Tambahan hari kerja:</translation>
    </message>
    <message>
        <source>Days added:</source>
        <translation>Tambahan hari:</translation>
    </message>
    <message>
        <source>What information is still needed, and why</source>
        <translation>Keterangan yang masih diperlukan beserta alasannya</translation>
    </message>
    <message>
        <source>The reason, as it will appear in the notice</source>
        <translation>Alasan, sebagaimana akan dicantumkan dalam pemberitahuan</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>the number of the forwarding letter</source>
        <translation>nomor surat penerusan</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>instansi berwenang</translation>
    </message>
    <message>
        <source>This procedure allows no extension of the decision deadline.</source>
        <translation>Prosedur ini tidak membolehkan perpanjangan tenggat putusan.</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Belum diisi: %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Jenis pemilihan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor penerimaan</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <source>Date it became known</source>
        <translation>Tanggal diketahui</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Tanggal registrasi</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Tanggal putusan</translation>
    </message>
    <message>
        <source>Place of the event</source>
        <translation>Tempat kejadian</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Reporter&apos;s address</source>
        <translation>Alamat pelapor</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact</source>
        <translation>Kontak pelapor</translation>
    </message>
    <message>
        <source>Reporter kept confidential</source>
        <translation>Identitas pelapor dirahasiakan</translation>
    </message>
    <message>
        <source>Violation category</source>
        <translation>Kategori pelanggaran</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>Alasan putusan</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Diteruskan kepada</translation>
    </message>
    <message>
        <source>Forwarding letter number</source>
        <translation>Nomor surat penerusan</translation>
    </message>
    <message>
        <source>Forwarding letter date</source>
        <translation>Tanggal surat penerusan</translation>
    </message>
    <message>
        <source>Days of extension</source>
        <translation>Jumlah hari perpanjangan</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Alasan perpanjangan</translation>
    </message>
    <message>
        <source>Initial review</source>
        <translation>Kajian awal</translation>
    </message>
    <message>
        <source>Analysis: facts</source>
        <translation>Kajian: fakta</translation>
    </message>
    <message>
        <source>Analysis: legal elements</source>
        <translation>Kajian: unsur pelanggaran</translation>
    </message>
    <message>
        <source>Analysis: conclusion</source>
        <translation>Kajian: kesimpulan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position category</source>
        <translation>Kategori jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Why online</source>
        <translation>Alasan dilaksanakan daring</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Letter of assignment</source>
        <translation>Surat tugas</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Tanggal undangan</translation>
    </message>
    <message>
        <source>Invited again on</source>
        <translation>Tanggal undangan kedua</translation>
    </message>
    <message>
        <source>Invitation delivered</source>
        <translation>Penyampaian undangan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Oath</source>
        <translation>Sumpah</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Instansi berwenang</translation>
    </message>
    <message>
        <source>Date forwarded</source>
        <translation>Tanggal diteruskan</translation>
    </message>
    <message>
        <source>Recommendation number</source>
        <translation>Nomor rekomendasi</translation>
    </message>
    <message>
        <source>Recommendation date</source>
        <translation>Tanggal rekomendasi</translation>
    </message>
    <message>
        <source>Sanction recommended</source>
        <translation>Sanksi yang direkomendasikan</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>PPK office</source>
        <translation>Instansi PPK</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Tenggat tanggapan</translation>
    </message>
    <message>
        <source>PPK decision number</source>
        <translation>Nomor keputusan PPK</translation>
    </message>
    <message>
        <source>PPK decision date</source>
        <translation>Tanggal keputusan PPK</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanksi yang dijatuhkan</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Through the online system</source>
        <translation>Melalui sistem daring</translation>
    </message>
    <message>
        <source>By phone or message</source>
        <translation>Melalui telepon atau pesan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <source>Took the oath</source>
        <translation>Bersedia disumpah</translation>
    </message>
    <message>
        <source>Refused the oath</source>
        <translation>Menolak disumpah</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Dihitung sejak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terpenuhi pada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Profil prosedur %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Procedure: %1 (%2)</source>
        <translation>Prosedur: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n hari kerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n hari kalender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, extended by %n day(s)</source>
        <translation>
            <numerusform>%1, diperpanjang %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>sisa %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Terpenuhi pada %1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Diregistrasi</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Tidak diregistrasi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Clarification started</source>
        <translation>Klarifikasi dimulai</translation>
    </message>
    <message>
        <source>Analysis started</source>
        <translation>Kajian dimulai</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Diteruskan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Decision deadline extended</source>
        <translation>Tenggat putusan diperpanjang</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Tahapan %1</translation>
    </message>
    <message>
        <source>Case recorded</source>
        <translation>Kasus dicatat</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Kasus dihapus</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Pihak ditambahkan</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Pihak dihapus</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>Data pihak diubah</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Bukti ditambahkan</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Bukti dihapus</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>Data bukti diubah</translation>
    </message>
    <message>
        <source>Hearing scheduled</source>
        <translation>Klarifikasi dijadwalkan</translation>
    </message>
    <message>
        <source>Hearing removed</source>
        <translation>Jadwal klarifikasi dihapus</translation>
    </message>
    <message>
        <source>Hearing edited</source>
        <translation>Jadwal klarifikasi diubah</translation>
    </message>
    <message>
        <source>Person invited to a hearing</source>
        <translation>Pihak diundang klarifikasi</translation>
    </message>
    <message>
        <source>Invitation removed</source>
        <translation>Undangan dihapus</translation>
    </message>
    <message>
        <source>Invitation edited</source>
        <translation>Undangan diubah</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Tindak lanjut dicatat</translation>
    </message>
    <message>
        <source>Follow-up removed</source>
        <translation>Tindak lanjut dihapus</translation>
    </message>
    <message>
        <source>Follow-up edited</source>
        <translation>Data tindak lanjut diubah</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%1 dari %2 syarat terpenuhi</translation>
    </message>
    <message>
        <source>reporter told on %1</source>
        <translation>pelapor diberi tahu pada %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Late (%1)</source>
        <translation>Terlambat (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Jatuh tempo hari ini (%1)</translation>
    </message>
    <message>
        <source>Due within 3 days (%1)</source>
        <translation>Jatuh tempo dalam 3 hari (%1)</translation>
    </message>
</context>
</TS>
