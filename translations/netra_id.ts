<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Access</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Manages the users, the office settings and the backups.</source>
        <translation>Mengelola pengguna, pengaturan kantor, dan cadangan.</translation>
    </message>
    <message>
        <source>Decides cases (registers, forwards, stops), does all an officer does and may see a confidential reporter&apos;s identity.</source>
        <translation>Memutus kasus (meregistrasi, meneruskan, menghentikan), mengerjakan semua tugas petugas, dan boleh melihat identitas pelapor yang dirahasiakan.</translation>
    </message>
    <message>
        <source>Handles cases, hearings, documents and follow-ups.</source>
        <translation>Menangani kasus, klarifikasi, dokumen, dan tindak lanjut.</translation>
    </message>
    <message>
        <source>Keeps the hearings and minutes of the cases assigned to them.</source>
        <translation>Mencatat klarifikasi dan berita acara kasus yang ditugaskan kepadanya.</translation>
    </message>
    <message>
        <source>Reads cases and statistics, without confidential identities.</source>
        <translation>Membaca kasus dan statistik, tanpa identitas yang dirahasiakan.</translation>
    </message>
    <message>
        <source>Only an administrator manages users; you are signed in as %1.</source>
        <translation>Hanya administrator yang mengelola pengguna; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only an administrator changes the settings; you are signed in as %1.</source>
        <translation>Hanya administrator yang mengubah pengaturan; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup; you are signed in as %1.</source>
        <translation>Hanya administrator yang memulihkan cadangan; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only a coordinator registers, forwards or stops a case; you are signed in as %1.</source>
        <translation>Hanya koordinator yang meregistrasi, meneruskan, atau menghentikan kasus; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only a coordinator may see a confidential reporter&apos;s identity; you are signed in as %1.</source>
        <translation>Hanya koordinator yang boleh melihat identitas pelapor yang dirahasiakan; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only a coordinator brings in registers and packages; you are signed in as %1.</source>
        <translation>Hanya koordinator yang mengimpor register dan paket data; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change cases.</source>
        <translation>Peran Anda (%1) tidak boleh mengubah kasus.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change follow-ups.</source>
        <translation>Peran Anda (%1) tidak boleh mengubah tindak lanjut.</translation>
    </message>
    <message>
        <source>Your role (%1) may not assign clerks.</source>
        <translation>Peran Anda (%1) tidak boleh menugaskan notulis.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export data.</source>
        <translation>Peran Anda (%1) tidak boleh mengekspor data.</translation>
    </message>
    <message>
        <source>A clerk keeps the hearings of the cases assigned to them only; this case is not assigned to you.</source>
        <translation>Notulis hanya mencatat klarifikasi kasus yang ditugaskan kepadanya; kasus ini tidak ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change hearings or minutes.</source>
        <translation>Peran Anda (%1) tidak boleh mengubah klarifikasi atau berita acara.</translation>
    </message>
    <message>
        <source>The file is open read-only; nothing can be changed.</source>
        <translation>Berkas dibuka hanya-baca; tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator makes a backup on demand (a backup holds the whole file); you are signed in as %1.</source>
        <translation>Hanya administrator atau koordinator yang membuat cadangan atas permintaan (cadangan memuat seluruh berkas); Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change prevention activities.</source>
        <translation>Peran Anda (%1) tidak boleh mengubah kegiatan pencegahan.</translation>
    </message>
    <message>
        <source>Your role (%1) may not record or trace supervision leads.</source>
        <translation>Peran Anda (%1) tidak dapat mencatat atau menelusuri informasi awal.</translation>
    </message>
    <message>
        <source>Only a coordinator closes a supervision lead or turns it into a finding; you are signed in as %1.</source>
        <translation>Hanya koordinator yang menutup informasi awal atau menjadikannya temuan; Anda masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Only a coordinator looks up a person&apos;s track record; you are signed in as %1.</source>
        <translation>Hanya koordinator yang dapat melihat rekam jejak seseorang; Anda masuk sebagai %1.</translation>
    </message>
</context>
<context>
    <name>ActivitiesWindow</name>
    <message>
        <source>Prevention activities</source>
        <translation>Kegiatan pencegahan</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Theme or subject</source>
        <translation>Tema atau perihal</translation>
    </message>
    <message>
        <source>Place or addressee</source>
        <translation>Tempat atau tujuan surat</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;ambah…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Print appeal letter…</source>
        <translation>&amp;Cetak surat imbauan…</translation>
    </message>
    <message>
        <source>&amp;Save letter as…</source>
        <translation>&amp;Simpan surat sebagai…</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>Ter&amp;bitkan surat</translation>
    </message>
    <message>
        <source>Give the appeal letter its number from the letter book; until then it prints as a draft (KONSEP), without a number.</source>
        <translation>Memberi surat imbauan nomor dari agenda surat keluar; sebelum itu surat tercetak sebagai konsep (KONSEP), tanpa nomor.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <source>Issue the appeal letter? It takes the next number of the letter book and today&apos;s date.</source>
        <translation>Terbitkan surat imbauan ini? Surat mendapat nomor berikutnya dari agenda surat keluar dan tanggal hari ini.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>Surat tidak dapat diterbitkan</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Belum diterbitkan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln kegiatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Remove the activity &quot;%1&quot; with its files? It is deleted from the data file; the change log keeps what it held.</source>
        <translation>Hapus kegiatan &quot;%1&quot; beserta lampirannya? Kegiatan dihapus dari berkas data; riwayat perubahan tetap menyimpan isinya.</translation>
    </message>
    <message>
        <source>The activity cannot be removed</source>
        <translation>Kegiatan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Select an appeal letter first.</source>
        <translation>Pilih surat imbauan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>Surat tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Save appeal letter</source>
        <translation>Simpan surat imbauan</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF kertas A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF kertas F4 (*.pdf)</translation>
    </message>
    <message>
        <source>Editable copy, OpenDocument text (*.odt)</source>
        <translation>Salinan yang dapat disunting, teks OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>The letter cannot be saved</source>
        <translation>Surat tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New prevention activity</source>
        <translation>Kegiatan pencegahan baru</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Kegiatan pencegahan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Regency or city:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Jenis &amp;tujuan:</translation>
    </message>
    <message>
        <source>e.g. Bupati Sukoharjo</source>
        <translation>mis. Bupati Sukoharjo</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>T&amp;ujuan surat (Yth.):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <source>Held &amp;online, on:</source>
        <translation>Secara &amp;daring, melalui:</translation>
    </message>
    <message>
        <source>e.g. Zoom Meeting</source>
        <translation>mis. Zoom Meeting</translation>
    </message>
    <message>
        <source>One agency a line</source>
        <translation>Satu instansi per baris</translation>
    </message>
    <message>
        <source>A&amp;gencies reached:</source>
        <translation>&amp;Instansi sasaran:</translation>
    </message>
    <message>
        <source>One position a line (Sekretaris Daerah, Kepala Dinas, …)</source>
        <translation>Satu jabatan per baris (Sekretaris Daerah, Kepala Dinas, …)</translation>
    </message>
    <message>
        <source>P&amp;ositions reached:</source>
        <translation>Ja&amp;batan sasaran:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>Jumlah &amp;peserta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Attendance list and photos</source>
        <translation>Daftar hadir dan dokumentasi</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Pe&amp;rihal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>The activity cannot be saved</source>
        <translation>Kegiatan tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation>Kegiatan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The activity no longer exists in the file.</source>
        <translation>Kegiatan tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The activity could not be removed: %1</source>
        <translation>Kegiatan tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>ActivityValidator</name>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Pilih jenis kegiatan.</translation>
    </message>
    <message>
        <source>Give the date of the activity.</source>
        <translation>Isi tanggal kegiatan.</translation>
    </message>
    <message>
        <source>The date of the activity is more than a year ahead.</source>
        <translation>Tanggal kegiatan lebih dari satu tahun ke depan.</translation>
    </message>
    <message>
        <source>Choose the regency the activity reached.</source>
        <translation>Pilih kabupaten/kota sasaran kegiatan.</translation>
    </message>
    <message>
        <source>Give the subject of the appeal letter.</source>
        <translation>Isi perihal surat imbauan.</translation>
    </message>
    <message>
        <source>Give the theme of the activity.</source>
        <translation>Isi tema kegiatan.</translation>
    </message>
    <message>
        <source>The number of participants must be between 0 and %1.</source>
        <translation>Jumlah peserta harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>Choose to whom the appeal letter goes.</source>
        <translation>Pilih kepada siapa surat imbauan ditujukan.</translation>
    </message>
    <message>
        <source>Give the addressee of the appeal letter.</source>
        <translation>Isi tujuan (Yth.) surat imbauan.</translation>
    </message>
    <message>
        <source>Give the platform of the online activity.</source>
        <translation>Isi aplikasi yang dipakai untuk kegiatan daring.</translation>
    </message>
    <message>
        <source>Give the place of the activity.</source>
        <translation>Isi tempat kegiatan.</translation>
    </message>
</context>
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
    <name>AttachmentRepository</name>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>Kasus tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The file %1 could not be attached: %2</source>
        <translation>Berkas %1 tidak dapat dilampirkan: %2</translation>
    </message>
    <message>
        <source>The attachment no longer exists in the file.</source>
        <translation>Lampiran tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The attachment could not be removed: %1</source>
        <translation>Lampiran tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The activity no longer exists in the file.</source>
        <translation>Kegiatan tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The lead no longer exists in the file.</source>
        <translation>Informasi awal ini sudah tidak ada dalam berkas data.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>it cannot be written to the disk</source>
        <translation>cadangan tidak dapat ditulis ke disk</translation>
    </message>
    <message>
        <source>it cannot be renamed to %1</source>
        <translation>nama cadangan tidak dapat diubah menjadi %1</translation>
    </message>
    <message>
        <source>The backup of %1 could not be made: %2</source>
        <translation>Cadangan %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>A data file cannot be restored from itself.</source>
        <translation>Berkas data tidak dapat dipulihkan dari dirinya sendiri.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Cadangan %1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <source>The data file %1 is still open in another window or program (netra, netra-cli). Close it there and try again.</source>
        <translation>Berkas data %1 masih terbuka di jendela atau program lain (netra, netra-cli). Tutup berkas itu di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into %2.</source>
        <translation>Cadangan %1 tidak dapat disalin ke %2.</translation>
    </message>
    <message>
        <source>The current data file cannot be kept as %1.</source>
        <translation>Berkas data saat ini tidak dapat disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The backup cannot be put in the place of %1: %2</source>
        <translation>Cadangan tidak dapat ditempatkan menggantikan %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>The backup of %1 was cancelled; no backup was made.</source>
        <translation>Pencadangan %1 dibatalkan; tidak ada cadangan yang dibuat.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>This document is no letter of the letter book.</source>
        <translation>Dokumen ini bukan surat dalam agenda surat keluar.</translation>
    </message>
    <message>
        <source>The forwarding letter could not be made.</source>
        <translation>Surat penerusan tidak dapat dibuat.</translation>
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
    <message>
        <source>Show the &amp;identity (the reveal is logged)</source>
        <translation>Tampilkan &amp;identitas (pembukaan identitas dicatat)</translation>
    </message>
    <message>
        <source>confidential: hidden</source>
        <translation>dirahasiakan: disembunyikan</translation>
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
        <source>The case could not be stored: %1</source>
        <translation>Kasus tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>Kasus tidak dapat disimpan: %1</translation>
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
        <source>No number could be assigned: every number is taken.</source>
        <translation>Nomor tidak dapat diberikan: seluruh nomor sudah terpakai.</translation>
    </message>
    <message>
        <source>This case was changed at %1, after you opened it. Your edits were not saved.</source>
        <translation>Kasus ini diubah pada %1, setelah Anda membukanya. Perubahan Anda belum disimpan.</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>%1 changed this case at %2, after you opened it. Your edits were not saved.</source>
        <translation>%1 mengubah kasus ini pada %2, setelah Anda membukanya. Perubahan Anda belum disimpan.</translation>
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
        <translation>Kabupaten/kota</translation>
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
    <message>
        <source>%1: %2 (late)</source>
        <translation>%1: %2 (terlambat)</translation>
    </message>
    <message>
        <source>%1: %2 (today)</source>
        <translation>%1: %2 (hari ini)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 (%n hari lagi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>A case holds at most %1 persons (reported, witnesses and experts); this one has %2.</source>
        <translation>Satu kasus memuat paling banyak %1 orang (terlapor, saksi, dan ahli); kasus ini memuat %2 orang.</translation>
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
    <message>
        <source>&amp;Hearings</source>
        <translation>K&amp;larifikasi</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okumen</translation>
    </message>
    <message>
        <source>%1 (NIP %2) is also reported in %3, case %4.</source>
        <translation>%1 (NIP %2) juga dilaporkan di %3, perkara %4.</translation>
    </message>
    <message>
        <source>Shown in the case window</source>
        <translation>Ditampilkan di jendela kasus</translation>
    </message>
    <message>
        <source>The identity cannot be shown</source>
        <translation>Identitas tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the case (%1)</source>
        <translation>Simpan kasus (%1)</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>All edits saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <source>Someone else saved this case</source>
        <translation>Kasus ini sudah disimpan orang lain</translation>
    </message>
    <message>
        <source>Reload the case to see their changes: what you typed is put back on top of them, to check and save again. It is kept as a draft meanwhile.</source>
        <translation>Muat ulang kasus untuk melihat perubahan mereka: yang Anda ketik dipasang kembali di atasnya, untuk diperiksa dan disimpan lagi. Sementara itu ketikan Anda disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>Reload and keep my edits</source>
        <translation>Muat ulang dan pertahankan ketikan saya</translation>
    </message>
    <message>
        <source>The case was reloaded with the changes saved by others; your edits are put back on top. Check them and save, or undo (Ctrl+Z) to keep theirs.</source>
        <translation>Kasus dimuat ulang dengan perubahan yang disimpan orang lain; ketikan Anda dipasang kembali di atasnya. Periksa lalu simpan, atau batalkan (Ctrl+Z) untuk memakai versi mereka.</translation>
    </message>
    <message>
        <source>Both of you changed: %1. Yours is shown.</source>
        <translation>Anda dan mereka sama-sama mengubah: %1. Yang ditampilkan milik Anda.</translation>
    </message>
    <message>
        <source>The server is away, so these edits cannot be saved now. They are kept on this computer and offered again when you next open this case on the server.</source>
        <translation>Server sedang tidak terhubung, jadi perubahan ini belum dapat disimpan sekarang. Perubahan disimpan di komputer ini dan ditawarkan kembali saat Anda membuka kasus ini lagi di server.</translation>
    </message>
    <message>
        <source>Keep them and close</source>
        <translation>Simpan di komputer ini dan tutup</translation>
    </message>
    <message>
        <source>&amp;Initial review</source>
        <translation>Kajian &amp;awal</translation>
    </message>
</context>
<context>
    <name>ChangeLogChain</name>
    <message>
        <source>case %1</source>
        <translation>kasus %1</translation>
    </message>
    <message>
        <source>case %1, no longer in the file</source>
        <translation>kasus %1, sudah tidak ada di berkas</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>tanpa kasus</translation>
    </message>
    <message>
        <source>entry %1 (%2, by %3, %4)</source>
        <translation>catatan %1 (%2, oleh %3, %4)</translation>
    </message>
    <message>
        <source>The change log was altered: %1 was rewritten; entry %2 was chained to another entry in its place.</source>
        <translation>Riwayat perubahan telah diubah: %1 ditulis ulang; catatan %2 terantai ke catatan lain di tempatnya.</translation>
    </message>
    <message>
        <source>The change log was altered: %1 no longer matches its hash.</source>
        <translation>Riwayat perubahan telah diubah: %1 tidak lagi cocok dengan hash-nya.</translation>
    </message>
    <message>
        <source>The change log was reordered: %1 is out of place; in the chain it follows entry %2.</source>
        <translation>Urutan riwayat perubahan telah diubah: %1 tidak pada tempatnya; dalam rantai ia mengikuti catatan %2.</translation>
    </message>
    <message>
        <source>An entry was slipped into the change log: %1 lies beyond the end of the log as Netra wrote it.</source>
        <translation>Sebuah catatan disisipkan ke riwayat perubahan: %1 berada di luar akhir riwayat yang ditulis Netra.</translation>
    </message>
    <message>
        <source>An entry was slipped into the change log: %1 is not in the chain before entry %2.</source>
        <translation>Sebuah catatan disisipkan ke riwayat perubahan: %1 tidak termasuk dalam rantai sebelum catatan %2.</translation>
    </message>
    <message>
        <source>The head of the change log (setting log_head) was removed or altered.</source>
        <translation>Kepala riwayat perubahan (pengaturan log_head) telah dihapus atau diubah.</translation>
    </message>
    <message>
        <source>Every entry of the change log was removed; entries written: %1.</source>
        <translation>Semua catatan riwayat perubahan telah dihapus; catatan yang pernah ditulis: %1.</translation>
    </message>
    <message>
        <source>The last entries of the change log were removed, from entry %1 on: the log ends with %2; entries written: %3, left: %4.</source>
        <translation>Catatan terakhir riwayat perubahan telah dihapus, mulai catatan %1: riwayat berakhir pada %2; catatan ditulis: %3, tersisa: %4.</translation>
    </message>
    <message>
        <source>The change log entry %1 was removed: the chain breaks before %2.</source>
        <translation>Catatan riwayat perubahan %1 telah dihapus: rantai terputus sebelum %2.</translation>
    </message>
    <message>
        <source>A change log entry was removed: the chain breaks before %1.</source>
        <translation>Sebuah catatan riwayat perubahan telah dihapus: rantai terputus sebelum %1.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>No category</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>Agency not given</source>
        <translation>Instansi tidak diisi</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Kasus diterima</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>Kasus diregistrasi</translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation>Kasus diteruskan</translation>
    </message>
    <message>
        <source>Persons recommended for a sanction</source>
        <translation>Terlapor yang direkomendasikan dikenai sanksi</translation>
    </message>
    <message>
        <source>Persons followed up by the PPK</source>
        <translation>Terlapor yang ditindaklanjuti PPK</translation>
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
    <message>
        <source>The case&apos;s receipt or registration number.</source>
        <translation>Nomor penerimaan atau nomor registrasi kasus.</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>Dokumen: %1.</translation>
    </message>
    <message>
        <source>Every document the case has, one PDF each.</source>
        <translation>Seluruh dokumen kasus, masing-masing dalam satu PDF.</translation>
    </message>
    <message>
        <source>For invitations and minutes: only the N-th person (from 1).</source>
        <translation>Untuk undangan dan berita acara: hanya pihak ke-N (mulai dari 1).</translation>
    </message>
    <message>
        <source>The PDF to write (for invitations and minutes, one per person: FILE-1.pdf, FILE-2.pdf, ...); with --all, the directory to write into.</source>
        <translation>Berkas PDF yang akan ditulis (untuk undangan dan berita acara, satu berkas per pihak: FILE-1.pdf, FILE-2.pdf, ...); dengan --all, direktori tujuan penulisan.</translation>
    </message>
    <message>
        <source>a4 or f4 (default a4).</source>
        <translation>a4 atau f4 (bawaan a4).</translation>
    </message>
    <message>
        <source>id or en: the language of the summary (default id).</source>
        <translation>id atau en: bahasa ringkasan (bawaan id).</translation>
    </message>
    <message>
        <source>Show a confidential reporter&apos;s identity on the documents kept by the office (report form, minutes, analysis, summary). Never on letters that go out.</source>
        <translation>Menampilkan identitas pelapor yang dirahasiakan pada dokumen arsip kantor (formulir laporan, berita acara, kajian, ringkasan). Tidak pernah ditampilkan pada surat yang dikirim ke luar.</translation>
    </message>
    <message>
        <source>Prints the documents of a case to PDF: forms, letters, minutes, the analysis and a summary.</source>
        <translation>Mencetak dokumen kasus ke PDF: formulir, surat, berita acara, kajian, dan ringkasan.</translation>
    </message>
    <message>
        <source>--case NUMBER and --out are required.</source>
        <translation>--case NUMBER dan --out wajib diisi.</translation>
    </message>
    <message>
        <source>Give either --document NAME or --all.</source>
        <translation>Gunakan salah satu: --document NAME atau --all.</translation>
    </message>
    <message>
        <source>Unknown document: %1 (one of %2)</source>
        <translation>Dokumen tidak dikenal: %1 (pilih salah satu: %2)</translation>
    </message>
    <message>
        <source>--person takes a number from 1, with --document invitation, invitation2 or minutes.</source>
        <translation>--person menerima bilangan mulai dari 1, bersama --document invitation, invitation2, atau minutes.</translation>
    </message>
    <message>
        <source>%1 is a file; with --all, --out is a directory.</source>
        <translation>%1 adalah berkas; dengan --all, --out harus berupa direktori.</translation>
    </message>
    <message>
        <source>%1 is a directory; --out must name the PDF to write.</source>
        <translation>%1 adalah direktori; --out harus berupa nama berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>No case with the number %1 in this file.</source>
        <translation>Tidak ada kasus dengan nomor %1 dalam berkas ini.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Direktori %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The case %1 has no document %2 at its stage (%3).</source>
        <translation>Kasus %1 tidak memiliki dokumen %2 pada tahapannya saat ini (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The case %1 has %n person(s) for this document.</source>
        <translation>
            <numerusform>Kasus %1 memiliki %n pihak untuk dokumen ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the register and report what would be added; write nothing.</source>
        <translation>Memeriksa register dan melaporkan apa yang akan ditambahkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Brings the cases of a CSV register into a data file, all in one transaction. Rows with an error are reported and left out with the rest of their case; cases already in the file are skipped. Exit 0 when the register could be read, even with refused rows.</source>
        <translation>Memasukkan kasus dari register CSV ke berkas data dalam satu transaksi. Baris yang mengandung kesalahan dilaporkan dan tidak dimasukkan bersama baris lain dari kasus yang sama; kasus yang sudah ada dalam berkas dilewati. Kode keluar 0 apabila register dapat dibaca, meskipun ada baris yang ditolak.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Berkas CSV yang akan ditulis.</translation>
    </message>
    <message>
        <source>Write the names of confidential reporters (only for those allowed to see them).</source>
        <translation>Menuliskan nama pelapor yang dirahasiakan (hanya bagi yang berwenang melihatnya).</translation>
    </message>
    <message>
        <source>Writes the cases of a data file as a CSV register, one row per person reported. Confidential reporters are written as [dirahasiakan].</source>
        <translation>Menulis kasus dari berkas data sebagai register CSV, satu baris untuk setiap terlapor. Pelapor yang dirahasiakan ditulis sebagai [dirahasiakan].</translation>
    </message>
    <message>
        <source>The package %1 was refused: %2</source>
        <translation>Paket data %1 ditolak: %2</translation>
    </message>
    <message>
        <source>The package to write (.netrapkg).</source>
        <translation>Paket data yang akan ditulis (.netrapkg).</translation>
    </message>
    <message>
        <source>Include the attachments (evidence files).</source>
        <translation>Sertakan lampiran (berkas bukti).</translation>
    </message>
    <message>
        <source>Include a confidential reporter&apos;s identity (only for those allowed to see it); otherwise it is replaced by [dirahasiakan].</source>
        <translation>Sertakan identitas pelapor yang dirahasiakan (hanya bagi yang berwenang melihatnya); jika tidak, identitas diganti dengan [dirahasiakan].</translation>
    </message>
    <message>
        <source>Exports cases, with everything that belongs to them, as a package for another office or level.</source>
        <translation>Mengekspor kasus beserta seluruh data terkaitnya sebagai paket data untuk kantor atau tingkatan lain.</translation>
    </message>
    <message>
        <source>--out PACKAGE is required.</source>
        <translation>--out PAKET wajib diisi.</translation>
    </message>
    <message>
        <source>Only show what would be added, updated and in conflict; write nothing.</source>
        <translation>Hanya menampilkan data yang akan ditambahkan, diperbarui, dan berkonflik; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Settle every record changed on both sides: keep-mine or take-theirs (by default they are listed and not written).</source>
        <translation>Menyelesaikan setiap rekaman yang berubah di kedua pihak: keep-mine atau take-theirs (secara bawaan rekaman tersebut hanya ditampilkan dan tidak ditulis).</translation>
    </message>
    <message>
        <source>Merges a package into a data file by record UUID, in one transaction.</source>
        <translation>Menggabungkan paket data ke dalam berkas data berdasarkan UUID rekaman, dalam satu transaksi.</translation>
    </message>
    <message>
        <source>The package was refused: %1</source>
        <translation>Paket data ditolak: %1</translation>
    </message>
    <message>
        <source>bring in the cases of a CSV register</source>
        <translation>memasukkan kasus dari register CSV</translation>
    </message>
    <message>
        <source>write the cases as a CSV register</source>
        <translation>menulis kasus sebagai register CSV</translation>
    </message>
    <message>
        <source>export cases as a package for another office</source>
        <translation>mengekspor kasus sebagai paket data untuk kantor lain</translation>
    </message>
    <message>
        <source>merge a package into a data file</source>
        <translation>menggabungkan paket data ke dalam berkas data</translation>
    </message>
    <message>
        <source>No password: set %1 or run netra-cli in a terminal.</source>
        <translation>Tidak ada kata sandi: isi %1 atau jalankan netra-cli di terminal.</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create its administrator first: netra-cli users %1 --add LOGIN --name &quot;FULL NAME&quot; --role administrator</source>
        <translation>%1 belum memiliki pengguna. Buat administratornya terlebih dahulu: netra-cli users %1 --add LOGIN --name &quot;NAMA LENGKAP&quot; --role administrator</translation>
    </message>
    <message>
        <source>Sign in with --user LOGIN (or NETRA_USER); the password is read from NETRA_PASSWORD or asked for.</source>
        <translation>Masuk dengan --user LOGIN (atau NETRA_USER); kata sandi dibaca dari NETRA_PASSWORD atau ditanyakan.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>netra-cli print %1</source>
        <translation>netra-cli print %1</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>Ulangi kata sandi baru: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Add the user LOGIN (with --name and --role); the password is read from NETRA_NEW_PASSWORD or asked for. The first user of a file is its administrator and needs no sign-in.</source>
        <translation>Tambahkan pengguna LOGIN (dengan --name dan --role); kata sandi dibaca dari NETRA_NEW_PASSWORD atau ditanyakan. Pengguna pertama sebuah berkas adalah administratornya dan tidak perlu masuk.</translation>
    </message>
    <message>
        <source>Change the user LOGIN: --name, --role, --active.</source>
        <translation>Ubah pengguna LOGIN: --name, --role, --active.</translation>
    </message>
    <message>
        <source>Set a new password for LOGIN (from NETRA_NEW_PASSWORD or asked for).</source>
        <translation>Tetapkan kata sandi baru untuk LOGIN (dari NETRA_NEW_PASSWORD atau ditanyakan).</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>administrator, coordinator, officer, clerk or viewer.</source>
        <translation>administrator, coordinator, officer, clerk, atau viewer.</translation>
    </message>
    <message>
        <source>yes: may sign in; no: may not.</source>
        <translation>yes: boleh masuk; no: tidak boleh.</translation>
    </message>
    <message>
        <source>Lists and manages the users of a data file (an administrator&apos;s task).</source>
        <translation>Menampilkan dan mengelola pengguna berkas data (tugas administrator).</translation>
    </message>
    <message>
        <source>Give one of --add, --change and --password.</source>
        <translation>Berikan salah satu dari --add, --change, dan --password.</translation>
    </message>
    <message>
        <source>--add needs --name and --role.</source>
        <translation>--add memerlukan --name dan --role.</translation>
    </message>
    <message>
        <source>No user %1 in this file.</source>
        <translation>Tidak ada pengguna %1 di berkas ini.</translation>
    </message>
    <message>
        <source>list and manage the users of a data file</source>
        <translation>tampilkan dan kelola pengguna berkas data</translation>
    </message>
    <message>
        <source>The backup folder (default: FILE&apos;s name with -backups, beside it).</source>
        <translation>Folder cadangan (bawaan: nama FILE dengan akhiran -backups, di sebelahnya).</translation>
    </message>
    <message>
        <source>How many backups to keep, %1 to %2 (default: the file&apos;s setting backup_keep).</source>
        <translation>Jumlah cadangan yang disimpan, %1 sampai %2 (bawaan: pengaturan backup_keep pada berkas).</translation>
    </message>
    <message>
        <source>--keep takes a number from %1 to %2.</source>
        <translation>--keep menerima angka dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>Lists the backups of a data file, newest first.</source>
        <translation>Menampilkan daftar cadangan berkas data, yang terbaru lebih dahulu.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Cadangan %1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <source>make a backup of a data file</source>
        <translation>membuat cadangan berkas data</translation>
    </message>
    <message>
        <source>list a data file&apos;s backups</source>
        <translation>menampilkan daftar cadangan berkas data</translation>
    </message>
    <message>
        <source>put a backup in the place of a data file</source>
        <translation>memulihkan cadangan menggantikan berkas data</translation>
    </message>
    <message>
        <source>Also say whether the change log was rewritten since this package or backup was made.</source>
        <translation>Sebutkan juga apakah riwayat perubahan ditulis ulang sejak paket data atau cadangan ini dibuat.</translation>
    </message>
    <message>
        <source>Checks a data file: schema version, SQLite integrity, the change log, every record and schema object against the change log and Netra&apos;s schema, and the rules every case must hold. Exit 0 only when all hold.</source>
        <translation>Memeriksa berkas data: versi skema, integritas SQLite, riwayat perubahan, setiap rekaman dan objek skema terhadap riwayat perubahan dan skema Netra, serta aturan yang wajib dipenuhi setiap kasus. Kode keluar 0 hanya jika semuanya terpenuhi.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paket data</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>The login of the first administrator.</source>
        <translation>Nama pengguna administrator pertama.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Nama lengkap administrator.</translation>
    </message>
    <message>
        <source>init needs --admin LOGIN and --name NAME.</source>
        <translation>init memerlukan --admin LOGIN dan --name NAMA.</translation>
    </message>
    <message>
        <source>%1 exists already; init never writes into an existing file.</source>
        <translation>%1 sudah ada; init tidak pernah menulis ke berkas yang sudah ada.</translation>
    </message>
    <message>
        <source>The password again: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>create an empty data file with its administrator</source>
        <translation>membuat berkas data kosong beserta administratornya</translation>
    </message>
    <message>
        <source>Every command but init and demo signs in: --user LOGIN (or NETRA_USER), with the password in NETRA_PASSWORD or typed when asked.</source>
        <translation>Setiap perintah kecuali init dan demo memerlukan masuk: --user LOGIN (atau NETRA_USER), dengan kata sandi di NETRA_PASSWORD atau diketik saat diminta.</translation>
    </message>
    <message>
        <source>Change a setting: KEY=VALUE (may be repeated). Keys: %1. office_logo takes an image file (PNG, JPEG, SVG), kept in the data file.</source>
        <translation>Mengubah pengaturan: KEY=VALUE (dapat diulang). Kunci: %1. office_logo menerima berkas gambar (PNG, JPEG, SVG) yang disimpan di dalam berkas data.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MiB: too large for a logo.</source>
        <translation>%1 lebih besar dari 10 MiB: terlalu besar untuk logo.</translation>
    </message>
    <message>
        <source>%1 is not an image Netra can read (PNG, JPEG, SVG).</source>
        <translation>%1 bukan gambar yang dapat dibaca Netra (PNG, JPEG, SVG).</translation>
    </message>
    <message>
        <source>Issue the letters (invitations, status notice, forwarding letter): each takes its number from the letter book, or keeps the one it was issued with. Without it a letter not issued yet prints as a draft (KONSEP), with no number.</source>
        <translation>Menerbitkan surat (undangan, pemberitahuan status, surat penerusan): setiap surat mengambil nomornya dari agenda surat keluar, atau tetap memakai nomor saat diterbitkan sebelumnya. Tanpa opsi ini, surat yang belum diterbitkan dicetak sebagai KONSEP tanpa nomor.</translation>
    </message>
    <message>
        <source>pdf or odt (an editable copy; default pdf).</source>
        <translation>pdf atau odt (salinan yang dapat disunting; bawaan pdf).</translation>
    </message>
    <message>
        <source>Only the letters of this year.</source>
        <translation>Hanya surat pada tahun ini.</translation>
    </message>
    <message>
        <source>Lists the outgoing letter book (agenda surat keluar): every letter issued with its number, date, addressee, subject, case and who issued it.</source>
        <translation>Menampilkan agenda surat keluar: setiap surat yang diterbitkan beserta nomor, tanggal, tujuan, perihal, kasus, dan petugas yang menerbitkannya.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024.</source>
        <translation>--year menerima tahun, misalnya 2024.</translation>
    </message>
    <message>
        <source>print a case&apos;s documents to PDF or ODT</source>
        <translation>mencetak dokumen kasus ke PDF atau ODT</translation>
    </message>
    <message>
        <source>the outgoing letter book, as JSON</source>
        <translation>agenda surat keluar, dalam format JSON</translation>
    </message>
    <message>
        <source>Recovery key of %1 (shown once; keep it in the office safe):
%2</source>
        <translation>Kunci pemulihan %1 (hanya ditampilkan sekali; simpan di brankas kantor):
%2</translation>
    </message>
    <message>
        <source>The confidential identities of %1 are not yet encrypted: they are at the first sign-in of an administrator or coordinator in netra, or with netra-cli keys %1 --convert.</source>
        <translation>Identitas yang dirahasiakan dalam %1 belum dienkripsi: enkripsi dilakukan saat administrator atau koordinator pertama kali masuk di netra, atau dengan netra-cli keys %1 --convert.</translation>
    </message>
    <message>
        <source>Recovery key of %1 (shown once; write it down or print it and keep it in the office safe; it opens the identities when no coordinator can):
%2</source>
        <translation>Kunci pemulihan %1 (hanya ditampilkan sekali; catat atau cetak lalu simpan di brankas kantor; kunci ini membuka identitas bila tidak ada lagi koordinator yang dapat membukanya):
%2</translation>
    </message>
    <message>
        <source>Who holds the key and who waits for it (default).</source>
        <translation>Siapa yang memegang kunci dan siapa yang menunggunya (bawaan).</translation>
    </message>
    <message>
        <source>Encrypt the confidential identities of a file made by an earlier version (an administrator or a coordinator); prints the recovery key once.</source>
        <translation>Mengenkripsi identitas yang dirahasiakan dalam berkas dari versi sebelumnya (administrator atau koordinator); kunci pemulihan dicetak sekali.</translation>
    </message>
    <message>
        <source>Give the coordinator LOGIN the key, with the recovery key (when no coordinator who holds it is left).</source>
        <translation>Memberikan kunci kepada koordinator LOGIN dengan kunci pemulihan (bila tidak ada lagi koordinator yang memegangnya).</translation>
    </message>
    <message>
        <source>The file holding the recovery key, for --grant.</source>
        <translation>Berkas yang memuat kunci pemulihan, untuk --grant.</translation>
    </message>
    <message>
        <source>Make a new recovery key (a coordinator who holds the key); the old one stops working.</source>
        <translation>Membuat kunci pemulihan baru (koordinator yang memegang kunci); kunci pemulihan lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>The keys to the confidential identities of a data file.</source>
        <translation>Kunci identitas yang dirahasiakan dalam berkas data.</translation>
    </message>
    <message>
        <source>Give one of --convert, --grant and --new-recovery-key.</source>
        <translation>Berikan salah satu dari --convert, --grant, dan --new-recovery-key.</translation>
    </message>
    <message>
        <source>--grant needs --recovery-key-file FILE.</source>
        <translation>--grant memerlukan --recovery-key-file BERKAS.</translation>
    </message>
    <message>
        <source>%1 is not a recovery key.</source>
        <translation>%1 bukan kunci pemulihan.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator manages the keys to the identities.</source>
        <translation>Hanya administrator atau koordinator yang mengelola kunci identitas.</translation>
    </message>
    <message>
        <source>the keys to the confidential identities</source>
        <translation>kunci identitas yang dirahasiakan</translation>
    </message>
    <message>
        <source>Makes a backup of a data file (a consistent copy, also while it is in use) and deletes the oldest backups beyond the number kept. A server store (postgresql://…) is backed up as a data file made from one consistent snapshot, by default into DATABASE-backups in the current folder.</source>
        <translation>Membuat cadangan berkas data (salinan yang utuh, juga saat berkas sedang dipakai) dan menghapus cadangan terlama yang melebihi jumlah yang disimpan. Penyimpanan server (postgresql://…) dicadangkan sebagai berkas data dari satu potret yang utuh, secara bawaan ke folder BASISDATA-backups di folder saat ini.</translation>
    </message>
    <message>
        <source>Puts a backup in the place of a data file, after checking it; the current file is kept beside it as NAME.before-restore-TIME.netra. On an office server (postgresql://…) the backup goes into an empty database only.</source>
        <translation>Memulihkan cadangan menggantikan berkas data setelah cadangan diperiksa; berkas saat ini disimpan di sebelahnya sebagai NAMA.before-restore-WAKTU.netra. Pada server kantor (postgresql://…) cadangan hanya dipulihkan ke basis data yang masih kosong.</translation>
    </message>
    <message>
        <source>copy a whole store into an empty one (a file to a server, a server to a file)</source>
        <translation>menyalin seluruh penyimpanan ke penyimpanan kosong (berkas ke server, server ke berkas)</translation>
    </message>
    <message>
        <source>Copies a whole Netra store, every record with its keys, attachments, users, settings and the change log, into an empty target: a data file into an empty database of an office server (postgresql://user@host/database; Netra&apos;s schema is set up there), a server store into a new data file, or a data file into a new one. The source is read in one consistent snapshot; the target is written whole or not at all, and a target that is not empty is refused and left as it was. Signed in to the source as an administrator or coordinator.</source>
        <translation>Menyalin seluruh penyimpanan Netra, setiap rekaman beserta kuncinya, lampiran, pengguna, pengaturan, dan catatan perubahan, ke tujuan yang masih kosong: berkas data ke basis data kosong pada server kantor (postgresql://pengguna@host/basisdata; skema Netra disiapkan di sana), penyimpanan server ke berkas data baru, atau berkas data ke berkas data baru. Sumber dibaca dari satu potret yang utuh; tujuan ditulis seluruhnya atau tidak sama sekali, dan tujuan yang tidak kosong ditolak serta dibiarkan seperti semula. Masuk ke sumber sebagai administrator atau koordinator.</translation>
    </message>
    <message>
        <source>the data file or server store to copy; TARGET, the new data file or the empty server database</source>
        <translation>berkas data atau penyimpanan server yang disalin; TARGET, berkas data baru atau basis data server yang masih kosong</translation>
    </message>
    <message>
        <source>Separate the fields with semicolons and begin with a byte-order mark, for Excel or LibreOffice set to Indonesian.</source>
        <translation>Pisahkan kolom dengan titik koma dan awali dengan penanda urutan bita (BOM), untuk Excel atau LibreOffice berpengaturan Indonesia.</translation>
    </message>
    <message>
        <source>write the cases as an XLSX register for Excel or LibreOffice</source>
        <translation>menulis kasus sebagai register XLSX untuk Excel atau LibreOffice</translation>
    </message>
    <message>
        <source>The XLSX file to write.</source>
        <translation>Berkas XLSX yang ditulis.</translation>
    </message>
    <message>
        <source>Creates an empty data file with its first administrator, or sets up Netra&apos;s store with its first administrator in a database of an office server (postgresql://user@host/database): an empty one, or one created when the server has none of that name (the account needs CREATEDB for that). A store or any other table there is refused and left as it was. The password is read from NETRA_PASSWORD or asked for.</source>
        <translation>Membuat berkas data kosong beserta administrator pertamanya, atau menyiapkan penyimpanan Netra beserta administrator pertamanya di basis data server kantor (postgresql://pengguna@host/basisdata): basis data yang kosong, atau yang dibuat bila server belum memiliki basis data dengan nama itu (untuk itu akunnya perlu CREATEDB). Basis data yang sudah berisi penyimpanan atau tabel lain ditolak dan dibiarkan seperti semula. Kata sandi dibaca dari NETRA_PASSWORD atau ditanyakan.</translation>
    </message>
    <message>
        <source>the data file to create (must not exist), or a server database (empty or missing)</source>
        <translation>berkas data yang dibuat (belum boleh ada), atau basis data server (kosong atau belum ada)</translation>
    </message>
    <message>
        <source>Only this case (its receipt or registration number); may be given more than once.</source>
        <translation>Hanya kasus ini (nomor penerimaan atau nomor registrasinya); boleh diberikan lebih dari sekali.</translation>
    </message>
    <message>
        <source>Only the cases whose hearings this user is assigned to.</source>
        <translation>Hanya kasus yang klarifikasinya ditugaskan kepada pengguna ini.</translation>
    </message>
    <message>
        <source>When PACKAGE ends in .netra, writes a field file instead: a new data file with the cases chosen, the office&apos;s settings and holidays, and the user signing in and the clerks assigned to those cases, who sign in there with their passwords.</source>
        <translation>Jika PACKAGE berakhiran .netra, yang ditulis adalah berkas lapangan: berkas data baru berisi kasus yang dipilih, pengaturan dan hari libur kantor, serta pengguna yang masuk dan notulis yang ditugaskan pada kasus itu, yang masuk ke sana dengan kata sandinya masing-masing.</translation>
    </message>
    <message>
        <source>Only the regencies of this province (33).</source>
        <translation>Hanya kabupaten/kota di provinsi ini (33).</translation>
    </message>
    <message>
        <source>Unknown province code: %1</source>
        <translation>Kode provinsi tidak dikenal: %1</translation>
    </message>
    <message>
        <source>The regency %1 is not in the province %2.</source>
        <translation>Kabupaten/kota %1 tidak berada di provinsi %2.</translation>
    </message>
    <message>
        <source>Writes the cases of a data file as an XLSX workbook, one row per person reported: dates as dates, NIPs as text, coded values as labels in the language of the messages (NETRA_LANG) with the codes in hidden columns. Confidential reporters are written as [dirahasiakan]. With --ledger, writes the follow-up ledger instead: each person reported in a forwarded case, the sanction recommended and what the PPK decided.</source>
        <translation>Menulis kasus dari berkas data sebagai buku kerja XLSX, satu baris per terlapor: tanggal sebagai tanggal, NIP sebagai teks, nilai berkode sebagai label dalam bahasa pesan (NETRA_LANG) dengan kodenya di kolom tersembunyi. Pelapor yang dirahasiakan ditulis sebagai [dirahasiakan]. Dengan --ledger, yang ditulis adalah daftar tindak lanjut: setiap terlapor dalam kasus yang diteruskan, sanksi yang direkomendasikan, dan keputusan PPK.</translation>
    </message>
    <message>
        <source>Write the follow-up ledger of the forwarded cases rather than the register.</source>
        <translation>Tulis daftar tindak lanjut kasus yang diteruskan, bukan register.</translation>
    </message>
    <message>
        <source>With --ledger, the persons to write: all (the default), outstanding or late.</source>
        <translation>Dengan --ledger, terlapor yang ditulis: all (semua, bawaan), outstanding (belum selesai) atau late (terlambat).</translation>
    </message>
    <message>
        <source>--show is for the ledger: add --ledger.</source>
        <translation>--show hanya untuk daftar tindak lanjut: tambahkan --ledger.</translation>
    </message>
    <message>
        <source>--with-identities is for the register: the ledger holds no reporter.</source>
        <translation>--with-identities hanya untuk register: daftar tindak lanjut tidak memuat pelapor.</translation>
    </message>
    <message>
        <source>write the recap table as XLSX or CSV</source>
        <translation>menulis tabel rekapitulasi sebagai XLSX atau CSV</translation>
    </message>
    <message>
        <source>Writes the recap (rekapitulasi) the dashboard shows: one row per regency with its cases per violation category, persons reported, recommended for a sanction and followed up, and the total; its figures are those of stats for the same filter. The file&apos;s suffix, .xlsx or .csv, chooses the format.</source>
        <translation>Menulis rekapitulasi yang ditampilkan dasbor: satu baris per kabupaten/kota dengan jumlah kasus per kategori pelanggaran, terlapor, yang direkomendasikan sanksi dan yang ditindaklanjuti, serta jumlahnya; angkanya sama dengan stats untuk filter yang sama. Akhiran berkas, .xlsx atau .csv, menentukan formatnya.</translation>
    </message>
    <message>
        <source>The XLSX or CSV file to write.</source>
        <translation>Berkas XLSX atau CSV yang ditulis.</translation>
    </message>
    <message>
        <source>--out names an .xlsx or a .csv file: %1</source>
        <translation>--out harus berupa berkas .xlsx atau .csv: %1</translation>
    </message>
    <message>
        <source>prevention activities: list, add, print an appeal letter</source>
        <translation>kegiatan pencegahan: daftar, tambah, cetak surat imbauan</translation>
    </message>
    <message>
        <source>Lists the office&apos;s prevention activities (outreach, declarations of neutrality, coordination meetings, appeal letters) as JSON; with --add records one; with --letter prints an appeal letter to PDF or ODT.</source>
        <translation>Menampilkan kegiatan pencegahan kantor (sosialisasi, deklarasi netralitas, rapat koordinasi, surat imbauan) sebagai JSON; dengan --add mencatat satu kegiatan; dengan --letter mencetak surat imbauan ke PDF atau ODT.</translation>
    </message>
    <message>
        <source>Only the regency with this code (3311 or 33.11); with --add, the regency reached.</source>
        <translation>Hanya kabupaten/kota dengan kode ini (3311 atau 33.11); dengan --add, kabupaten/kota sasaran.</translation>
    </message>
    <message>
        <source>Held on or after this date (YYYY-MM-DD).</source>
        <translation>Dilaksanakan pada atau setelah tanggal ini (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Held on or before this date (YYYY-MM-DD).</source>
        <translation>Dilaksanakan pada atau sebelum tanggal ini (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>The kind: %1.</source>
        <translation>Jenis: %1.</translation>
    </message>
    <message>
        <source>Record a new activity from the options below.</source>
        <translation>Mencatat kegiatan baru dari opsi di bawah.</translation>
    </message>
    <message>
        <source>With --add: the day it was held (YYYY-MM-DD).</source>
        <translation>Dengan --add: tanggal pelaksanaan (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>With --add: its theme, or the letter&apos;s subject.</source>
        <translation>Dengan --add: temanya, atau perihal surat.</translation>
    </message>
    <message>
        <source>With --add: where it was held.</source>
        <translation>Dengan --add: tempat pelaksanaan.</translation>
    </message>
    <message>
        <source>With --add: held online, on this platform.</source>
        <translation>Dengan --add: dilaksanakan secara daring melalui aplikasi ini.</translation>
    </message>
    <message>
        <source>With --add: the agencies reached, separated by &apos;;&apos;.</source>
        <translation>Dengan --add: instansi sasaran, dipisahkan dengan &apos;;&apos;.</translation>
    </message>
    <message>
        <source>With --add: the positions reached, separated by &apos;;&apos;.</source>
        <translation>Dengan --add: jabatan sasaran, dipisahkan dengan &apos;;&apos;.</translation>
    </message>
    <message>
        <source>With --add: the number of participants.</source>
        <translation>Dengan --add: jumlah peserta.</translation>
    </message>
    <message>
        <source>With --add: notes.</source>
        <translation>Dengan --add: catatan.</translation>
    </message>
    <message>
        <source>With --add, for an appeal letter: %1.</source>
        <translation>Dengan --add, untuk surat imbauan: %1.</translation>
    </message>
    <message>
        <source>With --add, for an appeal letter: to whom it goes (&quot;Bupati Sukoharjo&quot;).</source>
        <translation>Dengan --add, untuk surat imbauan: tujuan surat (&quot;Bupati Sukoharjo&quot;).</translation>
    </message>
    <message>
        <source>Print the appeal letter of the activity with this UUID to --out.</source>
        <translation>Mencetak surat imbauan dari kegiatan dengan UUID ini ke --out.</translation>
    </message>
    <message>
        <source>With --letter: the file to write.</source>
        <translation>Dengan --letter: berkas yang ditulis.</translation>
    </message>
    <message>
        <source>With --letter: issue it, taking its number from the letter book (or keeping the one it was issued with). Without it a letter not issued yet prints as a draft (KONSEP), with no number.</source>
        <translation>Dengan --letter: menerbitkan surat dengan nomor dari agenda surat keluar (atau tetap memakai nomor saat diterbitkan). Tanpa opsi ini, surat yang belum diterbitkan tercetak sebagai konsep (KONSEP), tanpa nomor.</translation>
    </message>
    <message>
        <source>--add needs --date YYYY-MM-DD.</source>
        <translation>--add memerlukan --date TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>--participants takes a whole number.</source>
        <translation>--participants harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>--letter needs --out FILE.</source>
        <translation>--letter memerlukan --out BERKAS.</translation>
    </message>
    <message>
        <source>No appeal letter with the UUID %1 in this file.</source>
        <translation>Tidak ada surat imbauan dengan UUID %1 dalam berkas ini.</translation>
    </message>
    <message>
        <source>supervision leads (initial information): list</source>
        <translation>informasi awal pengawasan: daftar</translation>
    </message>
    <message>
        <source>Lists the office&apos;s supervision leads (initial information from a social media patrol, the field, the public or the news) as JSON, newest first: their source, tracing notes, and how they were closed (not pursued, or the finding case they became). A confidential informant is withheld.</source>
        <translation>Menampilkan informasi awal pengawasan kantor (dari patroli siber, pengawasan lapangan, masyarakat, atau pemberitaan) sebagai JSON, yang terbaru lebih dahulu: sumbernya, catatan penelusuran, dan penyelesaiannya (tidak ditindaklanjuti, atau temuan yang dihasilkannya). Identitas informan yang dirahasiakan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Received on or after this date (YYYY-MM-DD).</source>
        <translation>Diterima pada atau setelah tanggal ini (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Received on or before this date (YYYY-MM-DD).</source>
        <translation>Diterima pada atau sebelum tanggal ini (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>On a server that holds many offices: the offices the user works on, a regency (3311), a province (33) or national. The user is also made a database account of the server with the same password, kept to that scope by the server.</source>
        <translation>Pada server yang memuat banyak kantor: kantor yang ditangani pengguna, satu kabupaten/kota (3311), satu provinsi (33) atau nasional. Pengguna juga dibuatkan akun basis data di server dengan kata sandi yang sama, yang dibatasi server pada cakupan itu.</translation>
    </message>
    <message>
        <source>the PPKs&apos; record: follow-up of recommendations per PPK</source>
        <translation>kepatuhan PPK: tindak lanjut rekomendasi per PPK</translation>
    </message>
    <message>
        <source>Lists per PPK (regent, mayor, governor, minister) the recommendations of a sanction it received, followed up as recommended, followed up with another sanction, late (past the due date without a decision) and awaiting, with the follow-up rate and the median days from recommendation to decision, ranked by rate, then median days. With --out FILE.xlsx writes it as a workbook; with --letter PPK --out FILE.pdf prints the letter to the PPK&apos;s superior listing its late recommendations.</source>
        <translation>Menampilkan per PPK (bupati, wali kota, gubernur, menteri) rekomendasi sanksi yang diterimanya, yang ditindaklanjuti sesuai rekomendasi, yang ditindaklanjuti dengan sanksi lain, yang terlambat (melewati batas waktu tanpa keputusan) dan yang masih ditunggu, beserta tingkat tindak lanjut dan median hari dari rekomendasi sampai keputusan, diurutkan menurut tingkat tindak lanjut, lalu median hari. Dengan --out BERKAS.xlsx menuliskannya sebagai buku kerja; dengan --letter PPK --out BERKAS.pdf mencetak surat kepada atasan PPK yang memuat rekomendasi yang terlambat ditindaklanjuti.</translation>
    </message>
    <message>
        <source>The XLSX file to write; with --letter, the PDF or ODT file.</source>
        <translation>Berkas XLSX yang ditulis; dengan --letter, berkas PDF atau ODT.</translation>
    </message>
    <message>
        <source>Print the letter to the superior of this PPK: its rank in the record or its name.</source>
        <translation>Mencetak surat kepada atasan PPK ini: peringkatnya dalam daftar atau namanya.</translation>
    </message>
    <message>
        <source>Count late recommendations as of this day (default: today).</source>
        <translation>Menghitung rekomendasi yang terlambat per tanggal ini (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>--out names a .pdf or an .odt file: %1</source>
        <translation>--out harus menyebut berkas .pdf atau .odt: %1</translation>
    </message>
    <message>
        <source>%1 has no recommendation left unanswered past its due date: there is no letter to write.</source>
        <translation>%1 tidak memiliki rekomendasi yang belum ditindaklanjuti melewati batas waktu: tidak ada surat yang perlu dibuat.</translation>
    </message>
    <message>
        <source>--%1 is for the letter: add --letter PPK.</source>
        <translation>--%1 hanya untuk surat: tambahkan --letter PPK.</translation>
    </message>
    <message>
        <source>--out names an .xlsx file: %1</source>
        <translation>--out harus menyebut berkas .xlsx: %1</translation>
    </message>
    <message>
        <source>a person&apos;s track record (rekam jejak) and its certificate</source>
        <translation>rekam jejak seseorang dan surat keterangannya</translation>
    </message>
    <message>
        <source>Lists, as JSON, every case of the file (on a server: of your scope) in which the civil servant with this NIP was reported, with the decision, the recommendation and the sanction the PPK imposed; --name alone searches the persons reported by name. Every look-up is logged with who asked and the purpose. With --out CERT.pdf (or .odt) prints the certificate for a selection committee, issued with its number from the letter book; with no case it certifies that no neutrality violation is recorded for the NIP. Only a coordinator looks records up.</source>
        <translation>Menampilkan dalam JSON setiap perkara di berkas (di server: dalam cakupan Anda) yang terlapornya ASN dengan NIP ini, beserta putusan, rekomendasi dan sanksi yang dijatuhkan PPK; --name saja mencari terlapor menurut nama. Setiap penelusuran dicatat beserta siapa yang meminta dan keperluannya. Dengan --out SURAT.pdf (atau .odt) mencetak surat keterangan untuk panitia seleksi, diterbitkan dengan nomor dari agenda surat keluar; bila tidak ada perkara, surat menerangkan bahwa tidak tercatat pelanggaran netralitas atas NIP tersebut. Hanya koordinator yang dapat melihat rekam jejak.</translation>
    </message>
    <message>
        <source>The person&apos;s name: with --nip, as printed when the NIP has no case; alone, the persons reported whose name holds every word of it.</source>
        <translation>Nama orang tersebut: bersama --nip, dicetak bila NIP tidak memiliki perkara; tanpa --nip, dicari terlapor yang namanya memuat setiap kata nama ini.</translation>
    </message>
    <message>
        <source>Why the record is looked up (logged, and printed on the certificate).</source>
        <translation>Keperluan penelusuran rekam jejak (dicatat, dan dicetak pada surat keterangan).</translation>
    </message>
    <message>
        <source>To whom the certificate is given (default: %1).</source>
        <translation>Kepada siapa surat keterangan diberikan (bawaan: %1).</translation>
    </message>
    <message>
        <source>The certificate to write, a .pdf or .odt file.</source>
        <translation>Berkas surat keterangan yang ditulis, .pdf atau .odt.</translation>
    </message>
    <message>
        <source>record needs --nip NIP (or --name NAME to search by name).</source>
        <translation>record memerlukan --nip NIP (atau --name NAMA untuk mencari menurut nama).</translation>
    </message>
    <message>
        <source>record needs --purpose TEXT: every look-up is logged with why it was made.</source>
        <translation>record memerlukan --purpose TEKS: setiap penelusuran dicatat beserta keperluannya.</translation>
    </message>
    <message>
        <source>No lead with the UUID %1 in this file.</source>
        <translation>Tidak ada informasi awal dengan UUID %1 dalam berkas ini.</translation>
    </message>
    <message>
        <source>LEAD, the lead&apos;s UUID (as leads lists it)</source>
        <translation>LEAD, UUID informasi awal (seperti yang didaftar oleh leads)</translation>
    </message>
    <message>
        <source>record a supervision lead</source>
        <translation>mencatat informasi awal pengawasan</translation>
    </message>
    <message>
        <source>Records a new supervision lead (initial information) and prints it as leads lists it. An informant is named only for a lead from a member of the public; with --confidential their name and contact are withheld from those who may not see a confidential reporter.</source>
        <translation>Mencatat informasi awal pengawasan yang baru dan menampilkannya seperti leads. Pemberi informasi hanya dicatat untuk informasi dari masyarakat; dengan --confidential nama dan kontaknya dirahasiakan dari pengguna yang tidak berwenang melihat identitas pelapor yang dirahasiakan.</translation>
    </message>
    <message>
        <source>The day it was received (YYYY-MM-DD).</source>
        <translation>Tanggal informasi diterima (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>Where it came from: %1.</source>
        <translation>Sumber informasi: %1.</translation>
    </message>
    <message>
        <source>The post&apos;s address, the account or the place.</source>
        <translation>Alamat unggahan, nama akun, atau tempat.</translation>
    </message>
    <message>
        <source>The regency with this code (3311 or 33.11).</source>
        <translation>Kabupaten/kota dengan kode ini (3311 atau 33.11).</translation>
    </message>
    <message>
        <source>What the lead says.</source>
        <translation>Uraian informasi awal.</translation>
    </message>
    <message>
        <source>The persons concerned, separated by &apos;;&apos;.</source>
        <translation>Pihak yang diduga terlibat, dipisahkan dengan &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Their agency.</source>
        <translation>Instansinya.</translation>
    </message>
    <message>
        <source>The member of the public who brought it.</source>
        <translation>Anggota masyarakat yang menyampaikan informasi.</translation>
    </message>
    <message>
        <source>The informant&apos;s telephone or address.</source>
        <translation>Telepon atau alamat pemberi informasi.</translation>
    </message>
    <message>
        <source>Keep the informant&apos;s identity confidential.</source>
        <translation>Rahasiakan identitas pemberi informasi.</translation>
    </message>
    <message>
        <source>lead-add needs --date YYYY-MM-DD.</source>
        <translation>lead-add memerlukan --date TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>add a tracing note to a lead</source>
        <translation>menambahkan catatan penelusuran pada informasi awal</translation>
    </message>
    <message>
        <source>Adds a tracing note (penelusuran) to an open lead: what was done or learnt and when. A new lead is then being traced.</source>
        <translation>Menambahkan catatan penelusuran pada informasi awal yang masih terbuka: apa yang dilakukan atau diketahui, dan kapan. Informasi awal yang baru kemudian berstatus ditelusuri.</translation>
    </message>
    <message>
        <source>What was done or learnt.</source>
        <translation>Apa yang dilakukan atau diketahui.</translation>
    </message>
    <message>
        <source>The day of the note (default: today).</source>
        <translation>Tanggal catatan (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>lead-trace needs --note TEXT.</source>
        <translation>lead-trace memerlukan --note TEKS.</translation>
    </message>
    <message>
        <source>close a lead as not pursued</source>
        <translation>menutup informasi awal sebagai tidak ditindaklanjuti</translation>
    </message>
    <message>
        <source>Closes an open lead as not pursued, with the reason (coordinators).</source>
        <translation>Menutup informasi awal yang masih terbuka sebagai tidak ditindaklanjuti, dengan alasannya (koordinator).</translation>
    </message>
    <message>
        <source>Why it is not pursued.</source>
        <translation>Alasan tidak ditindaklanjuti.</translation>
    </message>
    <message>
        <source>The day it was closed (default: today).</source>
        <translation>Tanggal ditutup (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>lead-close needs --reason TEXT.</source>
        <translation>lead-close memerlukan --reason TEKS.</translation>
    </message>
    <message>
        <source>turn a lead into a finding case</source>
        <translation>menjadikan informasi awal sebagai temuan</translation>
    </message>
    <message>
        <source>Turns an open lead into a finding (coordinators): a new finding case of the lead&apos;s regency, received today, whose seven days to be set count from the date it was found; the lead keeps the case. Prints the lead with the case&apos;s number.</source>
        <translation>Menjadikan informasi awal yang masih terbuka sebagai temuan (koordinator): kasus temuan baru di kabupaten/kota informasi tersebut, diterima hari ini, dengan batas tujuh hari untuk ditetapkan dihitung sejak tanggal temuan diketahui; informasi awal tetap terhubung dengan kasusnya. Menampilkan informasi awal beserta nomor kasusnya.</translation>
    </message>
    <message>
        <source>The day the finding was found (default: today).</source>
        <translation>Tanggal temuan diketahui (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>The violation category: %1.</source>
        <translation>Kategori pelanggaran: %1.</translation>
    </message>
    <message>
        <source>the agreement&apos;s report for a period: JSON, PDF or XLSX</source>
        <translation>laporan kesepakatan bersama untuk suatu periode: JSON, PDF, atau XLSX</translation>
    </message>
    <message>
        <source>The report the KASN–Bawaslu agreement asks for a period and a scope (the whole file, one regency or one province): the number of violations, the cases by violation category, the persons reported by position category, the recommendations and their follow-up with the follow-up rate, the ten agencies with most persons reported, and the prevention activities and supervision leads of the period. Its figures are those of stats for the same filter. With --out writes it as a printed report (.pdf, in Indonesian, on the office&apos;s letterhead) or a workbook (.xlsx).</source>
        <translation>Laporan yang diminta kesepakatan bersama KASN–Bawaslu untuk suatu periode dan cakupan (seluruh berkas, satu kabupaten/kota, atau satu provinsi): jumlah pelanggaran, kasus menurut kategori pelanggaran, terlapor menurut kategori jabatan, rekomendasi dan tindak lanjutnya beserta persentase tindak lanjut, sepuluh instansi dengan terlapor terbanyak, serta kegiatan pencegahan dan informasi awal pengawasan dalam periode tersebut. Angkanya sama dengan angka stats untuk filter yang sama. Dengan --out laporan ditulis sebagai dokumen cetak (.pdf, berbahasa Indonesia, dengan kop surat kantor) atau buku kerja (.xlsx).</translation>
    </message>
    <message>
        <source>The PDF or XLSX file to write.</source>
        <translation>Berkas PDF atau XLSX yang ditulis.</translation>
    </message>
    <message>
        <source>Give --json, or --out FILE.pdf or FILE.xlsx.</source>
        <translation>Berikan --json, atau --out BERKAS.pdf atau BERKAS.xlsx.</translation>
    </message>
    <message>
        <source>--out names a .pdf or an .xlsx file: %1</source>
        <translation>--out harus berupa berkas .pdf atau .xlsx: %1</translation>
    </message>
    <message>
        <source>Give --regency or --province, not both.</source>
        <translation>Berikan --regency atau --province, tidak keduanya.</translation>
    </message>
    <message>
        <source>A certificate is for one NIP: add --nip NIP.</source>
        <translation>Surat keterangan berlaku untuk satu NIP: tambahkan --nip NIP.</translation>
    </message>
    <message>
        <source>The NIP of the person, or their NI PPPK (18 digits, spaces allowed).</source>
        <translation>NIP orang yang dicari, atau NI PPPK-nya (18 digit, boleh berspasi).</translation>
    </message>
    <message>
        <source>Print the list to this PDF instead (landscape A4, in Indonesian, oldest first), as the register&apos;s &quot;Print the list of cases&quot; does.</source>
        <translation>Cetak daftar ke berkas PDF ini (A4 melintang, berbahasa Indonesia, dari yang terlama), seperti &quot;Cetak daftar kasus&quot; pada register.</translation>
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
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
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
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <source>No oath recorded</source>
        <translation>Sumpah belum dicatat</translation>
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
        <source>Filing of the report</source>
        <translation>Penyampaian laporan</translation>
    </message>
    <message>
        <source>Setting of the finding</source>
        <translation>Penetapan temuan</translation>
    </message>
    <message>
        <source>Initial review and registration</source>
        <translation>Kajian awal dan registrasi</translation>
    </message>
    <message>
        <source>Decision after registration</source>
        <translation>Keputusan setelah registrasi</translation>
    </message>
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
    <message>
        <source>Outreach (socialisation)</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Declaration of neutrality</source>
        <translation>Deklarasi/ikrar netralitas</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Surat imbauan</translation>
    </message>
    <message>
        <source>Staffing authority (PPK)</source>
        <translation>Pejabat Pembina Kepegawaian (PPK)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Village heads</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Social media patrol</source>
        <translation>Patroli siber</translation>
    </message>
    <message>
        <source>Field monitoring</source>
        <translation>Pengawasan lapangan</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Informasi masyarakat</translation>
    </message>
    <message>
        <source>News media</source>
        <translation>Pemberitaan media</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Being traced</source>
        <translation>Dalam penelusuran</translation>
    </message>
    <message>
        <source>Not pursued</source>
        <translation>Tidak ditindaklanjuti</translation>
    </message>
    <message>
        <source>Became a finding</source>
        <translation>Menjadi temuan</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server - Netra</source>
        <translation>Hubungkan ke server - Netra</translation>
    </message>
    <message>
        <source>The office&apos;s shared store on a PostgreSQL server. Ask the office&apos;s administrator for these details. A password left empty is taken from ~/.pgpass (PGPASSFILE) or a PGSERVICE entry; a password typed here is never remembered.</source>
        <translation>Penyimpanan bersama kantor di server PostgreSQL. Mintalah rincian ini kepada administrator kantor. Kata sandi yang dikosongkan diambil dari ~/.pgpass (PGPASSFILE) atau entri PGSERVICE; kata sandi yang diketik di sini tidak pernah diingat.</translation>
    </message>
    <message>
        <source>name or address; a folder for a local socket</source>
        <translation>nama atau alamat; folder untuk soket lokal</translation>
    </message>
    <message>
        <source>standard (5432)</source>
        <translation>standar (5432)</translation>
    </message>
    <message>
        <source>your login on this computer when empty</source>
        <translation>nama login Anda di komputer ini jika kosong</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>dari ~/.pgpass jika kosong</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Mati (disable)</translation>
    </message>
    <message>
        <source>Only when the server requires it (allow)</source>
        <translation>Hanya jika diwajibkan server (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer, the standard)</source>
        <translation>Jika ditawarkan server (prefer, standar)</translation>
    </message>
    <message>
        <source>Always, certificate not checked (require)</source>
        <translation>Selalu, sertifikat tidak diperiksa (require)</translation>
    </message>
    <message>
        <source>Always, certificate from a trusted authority (verify-ca)</source>
        <translation>Selalu, sertifikat dari otoritas tepercaya (verify-ca)</translation>
    </message>
    <message>
        <source>Always, certificate for this server name (verify-full)</source>
        <translation>Selalu, sertifikat untuk nama server ini (verify-full)</translation>
    </message>
    <message>
        <source>The same as one address; an address pasted here fills the fields above.</source>
        <translation>Isian di atas sebagai satu alamat; alamat yang ditempel di sini mengisi kolom-kolom di atas.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Secure &amp;connection:</source>
        <translation>Koneksi a&amp;man:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Menghubungkan ke %1...</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor statistik</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Simpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Rekapitulasi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Jenis pemilihan:</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>Semua jenis pemilihan</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>Cases by violation category</source>
        <translation>Kasus menurut kategori pelanggaran</translation>
    </message>
    <message>
        <source>Persons reported by position category</source>
        <translation>Terlapor menurut kategori jabatan</translation>
    </message>
    <message>
        <source>Agencies with most persons reported</source>
        <translation>Instansi dengan terlapor terbanyak</translation>
    </message>
    <message>
        <source>From report to follow-up</source>
        <translation>Dari laporan hingga tindak lanjut</translation>
    </message>
    <message>
        <source>Cases by regency or city</source>
        <translation>Kasus menurut kabupaten/kota</translation>
    </message>
    <message>
        <source>Follow-up rate: %1 of %2 persons recommended for a sanction were followed up by their PPK.</source>
        <translation>Tingkat tindak lanjut: %1 dari %2 terlapor yang direkomendasikan dikenai sanksi telah ditindaklanjuti oleh PPK masing-masing.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) reported</source>
        <translation>
            <numerusform>%Ln terlapor</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Tidak ada kasus</translation>
    </message>
    <message>
        <source>Cases received per month, by status</source>
        <translation>Kasus diterima per bulan, menurut status</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dasbor statistik: %1</translation>
    </message>
    <message>
        <source>Follow-up rate %1. %2</source>
        <translation>Tingkat tindak lanjut %1. %2</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>Gambar tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>Grafik disimpan di %1.</translation>
    </message>
    <message>
        <source>Save the recap and charts as PDF</source>
        <translation>Simpan rekapitulasi dan grafik sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan di %1.</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation>diterima sejak %1</translation>
    </message>
    <message>
        <source>received until %1</source>
        <translation>diterima sampai dengan %1</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Tanpa kategori</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Persons reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Recommended for a sanction</source>
        <translation>Direkomendasikan sanksi</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>Tingkat tindak lanjut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Print with the charts</source>
        <translation>Cetak beserta grafik</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the recap as XLSX</source>
        <translation>Ekspor rekapitulasi sebagai XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Recap exported to %1.</source>
        <translation>Rekapitulasi diekspor ke %1.</translation>
    </message>
    <message>
        <source>Export the recap as CSV</source>
        <translation>Ekspor rekapitulasi sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prevention activities: %1</source>
        <translation>Kegiatan pencegahan: %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>Cases by province</source>
        <translation>Kasus per provinsi</translation>
    </message>
    <message>
        <source>PPKs&apos; record…</source>
        <translation>Kepatuhan PPK…</translation>
    </message>
    <message>
        <source>PPKs&apos; record</source>
        <translation>Kepatuhan PPK</translation>
    </message>
    <message numerus="yes">
        <source>Recommendations of a sanction per PPK, %1; late: past the due date (%n day(s) after the recommendation unless set) without a decision, as of %2.</source>
        <translation>
            <numerusform>Rekomendasi sanksi per PPK, %1; terlambat: melewati batas waktu (%n hari setelah rekomendasi bila tidak ditentukan lain) tanpa keputusan, per %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Ditindaklanjuti dengan sanksi lain</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Menunggu PPK</translation>
    </message>
    <message>
        <source>Median days to follow up</source>
        <translation>Median hari sampai ditindaklanjuti</translation>
    </message>
    <message>
        <source>(no PPK recorded)</source>
        <translation>(PPK belum dicatat)</translation>
    </message>
    <message>
        <source>&amp;Letter to the superior…</source>
        <translation>&amp;Surat kepada atasan…</translation>
    </message>
    <message>
        <source>The letter to the superior of the selected PPK (the Minister of Home Affairs, through the governor for a regent or mayor; the Minister of State Apparatus for a ministry) listing its late recommendations.</source>
        <translation>Surat kepada atasan PPK yang dipilih (Menteri Dalam Negeri, melalui gubernur untuk bupati atau wali kota; Menteri PANRB untuk kementerian) yang memuat rekomendasi yang terlambat ditindaklanjuti.</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Simpan surat sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Terbitkan surat</translation>
    </message>
    <message>
        <source>Export the PPKs&apos; record as XLSX</source>
        <translation>Ekspor kepatuhan PPK sebagai XLSX</translation>
    </message>
    <message>
        <source>PPKs&apos; record exported to %1.</source>
        <translation>Kepatuhan PPK diekspor ke %1.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>Surat tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Simpan surat sebagai PDF</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <source>Issue the letter about %1? It takes the next number of the letter book and today&apos;s date.</source>
        <translation>Terbitkan surat tentang %1? Surat mengambil nomor berikutnya dari agenda surat keluar dan tanggal hari ini.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>Surat tidak dapat diterbitkan</translation>
    </message>
    <message>
        <source>Letter issued with the number %1.</source>
        <translation>Surat diterbitkan dengan nomor %1.</translation>
    </message>
    <message>
        <source>Agreement report…</source>
        <translation>Laporan kesepakatan…</translation>
    </message>
    <message>
        <source>The report the KASN–Bawaslu agreement asks for the period and regency of the filter, as PDF or XLSX</source>
        <translation>Laporan yang diminta kesepakatan bersama KASN–Bawaslu untuk periode dan kabupaten/kota pada filter, sebagai PDF atau XLSX</translation>
    </message>
    <message>
        <source>Save the agreement report</source>
        <translation>Simpan laporan kesepakatan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>Dokumen PDF (*.pdf);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report is saved as a PDF document (.pdf) or an Excel workbook (.xlsx), not as .%1.</source>
        <translation>Laporan disimpan sebagai dokumen PDF (.pdf) atau buku kerja Excel (.xlsx), bukan sebagai .%1.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Regency/city:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <source>Supervision leads: %1 received, %2 became findings, %3 not pursued</source>
        <translation>Informasi awal: %1 diterima, %2 menjadi temuan, %3 tidak ditindaklanjuti</translation>
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
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it until what is open is put back in its place.</source>
        <translation>Berkas data %1 dihapus, dipindahkan, atau diganti ketika sedang dibuka. Agar tidak ada data yang hilang, tidak ada lagi yang disimpan ke dalamnya sampai data yang sedang dibuka dikembalikan ke tempatnya.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Netra writes its journal beside the data file, so a data file in this folder cannot be changed. Copy it to a folder you can write to, or open it read-only.</source>
        <translation>Folder %1 hanya dapat dibaca. Netra menulis jurnalnya di samping berkas data, sehingga berkas data di folder ini tidak dapat diubah. Salin berkas data ke folder yang dapat Anda tulisi, atau buka dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so it cannot be changed. Make it writable, or open it read-only.</source>
        <translation>Berkas %1 hanya dapat dibaca sehingga tidak dapat diubah. Ubah agar dapat ditulisi, atau buka dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>The data file was removed, moved or replaced while it was open. So that nothing is lost, nothing more is written into it.</source>
        <translation>Berkas data dihapus, dipindahkan, atau diganti ketika sedang dibuka. Agar tidak ada data yang hilang, tidak ada lagi yang disimpan ke dalamnya.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved until there is room on it. What was saved before is intact. Make room on the disk, then save again.</source>
        <translation>Disk penuh: tidak ada lagi yang dapat disimpan sampai tersedia ruang kosong. Data yang telah tersimpan sebelumnya tetap utuh. Kosongkan sebagian ruang disk, lalu simpan kembali.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (input/output error). This change was not saved; what was saved before is intact. Check the disk or the network folder, then save again.</source>
        <translation>Disk tidak dapat ditulisi atau dibaca (kesalahan masukan/keluaran). Perubahan ini tidak tersimpan; data yang telah tersimpan sebelumnya tetap utuh. Periksa disk atau folder jaringan, lalu simpan kembali.</translation>
    </message>
    <message>
        <source>The data file or its folder is read-only, so nothing can be saved into it. What was saved before is intact.</source>
        <translation>Berkas data atau foldernya hanya dapat dibaca sehingga tidak ada yang dapat disimpan ke dalamnya. Data yang telah tersimpan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <source>The data file or its journal cannot be opened: the folder may be read-only, removed or out of reach. This change was not saved; what was saved before is intact.</source>
        <translation>Berkas data atau jurnalnya tidak dapat dibuka: folder mungkin hanya dapat dibaca, telah dihapus, atau tidak dapat dijangkau. Perubahan ini tidak tersimpan; data yang telah tersimpan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <source>The data file cannot be put back while a change is being saved.</source>
        <translation>Berkas data tidak dapat dikembalikan selagi perubahan sedang disimpan.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain.</translation>
    </message>
    <message>
        <source>What is open could not be written to %1: %2</source>
        <translation>Data yang sedang dibuka tidak dapat ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>What is open was put in %1.</source>
        <translation>Data yang sedang dibuka telah disimpan di %1.</translation>
    </message>
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open.</source>
        <translation>Berkas data %1 dihapus, dipindahkan, atau diganti ketika sedang dibuka.</translation>
    </message>
    <message>
        <source>This Netra cannot open a server: its PostgreSQL driver (Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Netra ini tidak dapat membuka server: driver PostgreSQL-nya (paket Debian libqt6sql6-psql) belum terpasang.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Server %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be read: %2</source>
        <translation>Server %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Netra&apos;s; it is not a Netra store.</source>
        <translation>Basis data %1 memuat tabel yang bukan milik Netra; basis data ini bukan penyimpanan Netra.</translation>
    </message>
    <message>
        <source>The database %1 holds no Netra store yet. Set it up with netra-cli init URI.</source>
        <translation>Basis data %1 belum memuat penyimpanan Netra. Siapkan dengan netra-cli init URI.</translation>
    </message>
    <message>
        <source>The database %1 is not a Netra store.</source>
        <translation>Basis data %1 bukan penyimpanan Netra.</translation>
    </message>
    <message>
        <source>The server store %1 was made by a newer version of Netra (data version %2; this program knows up to %3). Update Netra to open it.</source>
        <translation>Penyimpanan server %1 dibuat oleh versi Netra yang lebih baru (versi data %2; program ini hanya mengenal sampai %3). Perbarui Netra untuk membukanya.</translation>
    </message>
    <message>
        <source>The server cannot be connected to again while a change is being saved.</source>
        <translation>Server tidak dapat dihubungkan kembali selagi perubahan sedang disimpan.</translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation>Berkas %1 sudah ada.</translation>
    </message>
    <message>
        <source>The server %1 cannot be written: %2</source>
        <translation>Server %1 tidak dapat ditulisi: %2</translation>
    </message>
    <message>
        <source>The database %1 holds a Netra store already (data version %2).</source>
        <translation>Basis data %1 sudah berisi penyimpanan Netra (versi data %2).</translation>
    </message>
    <message>
        <source>The office server did not take the change: %1</source>
        <translation>Server kantor tidak menerima perubahan ini: %1</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>A user of %1 reads the cases of its offices; each office changes its own.</source>
        <translation>Pengguna %1 hanya membaca kasus kantor-kantor di wilayahnya; setiap kantor mengubah kasusnya sendiri.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
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
    <name>DocumentsPanel</name>
    <message>
        <source>&amp;Documents of the case:</source>
        <translation>&amp;Dokumen kasus:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>K&amp;ertas:</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm) is the folio paper common in Indonesian offices</source>
        <translation>F4 (215 × 330 mm) adalah kertas folio yang lazim digunakan di perkantoran Indonesia</translation>
    </message>
    <message>
        <source>Summary &amp;language:</source>
        <translation>Ba&amp;hasa ringkasan:</translation>
    </message>
    <message>
        <source>Only the case summary can be printed in English; forms and letters are always in Indonesian</source>
        <translation>Hanya ringkasan kasus yang dapat dicetak dalam bahasa Inggris; formulir dan surat selalu dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Show &amp;confidential identity</source>
        <translation>Tampilkan &amp;identitas yang dirahasiakan</translation>
    </message>
    <message>
        <source>Print the identity of a reporter who asked for confidentiality. Only on documents kept by the office: the report form, minutes, analysis and summary</source>
        <translation>Cetak identitas pelapor yang meminta identitasnya dirahasiakan. Hanya pada dokumen arsip kantor: formulir laporan, berita acara, kajian, dan ringkasan</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Pra&amp;tinjau cetak…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Ekspor PD&amp;F…</translation>
    </message>
    <message>
        <source>Kept by the office</source>
        <translation>Arsip kantor</translation>
    </message>
    <message>
        <source>Goes out of the office: a confidential reporter is never shown</source>
        <translation>Dikirim ke luar kantor: identitas pelapor yang dirahasiakan tidak pernah ditampilkan</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Pilih dokumen terlebih dahulu.</translation>
    </message>
    <message>
        <source>The document cannot be printed</source>
        <translation>Dokumen tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Export document as PDF</source>
        <translation>Ekspor dokumen sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document cannot be exported</source>
        <translation>Dokumen tidak dapat diekspor</translation>
    </message>
    <message>
        <source>Documents of the case: %1</source>
        <translation>Dokumen kasus: %1</translation>
    </message>
    <message>
        <source>The identity cannot be shown</source>
        <translation>Identitas tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Ekspor &amp;ODT…</translation>
    </message>
    <message>
        <source>An editable copy (LibreOffice, Word) with the same letterhead and content; the number stays in the letter book</source>
        <translation>Salinan yang dapat disunting (LibreOffice, Word) dengan kop dan isi yang sama; nomornya tetap tercatat di agenda surat keluar</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Terbitkan surat</translation>
    </message>
    <message>
        <source>Give the letter its number from the letter book and date it today; reprints keep that number</source>
        <translation>Memberi surat nomor dari agenda surat keluar dan tanggal hari ini; cetak ulang tetap memakai nomor tersebut</translation>
    </message>
    <message>
        <source>Draft: this letter has no number yet and prints marked KONSEP. Issue it to take the next number from the letter book.</source>
        <translation>Konsep: surat ini belum bernomor dan dicetak dengan tanda KONSEP. Terbitkan surat untuk mengambil nomor berikutnya dari agenda surat keluar.</translation>
    </message>
    <message>
        <source>Issued on %1 with the number %2; a reprint keeps it.</source>
        <translation>Diterbitkan pada %1 dengan nomor %2; cetak ulang tetap memakai nomor ini.</translation>
    </message>
    <message>
        <source>Select a letter first.</source>
        <translation>Pilih surat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <source>Issue &quot;%1&quot;? It takes the next number of the letter book and today&apos;s date; the number cannot be given back.</source>
        <translation>Terbitkan &quot;%1&quot;? Surat mengambil nomor berikutnya dari agenda surat keluar dan tanggal hari ini; nomor tidak dapat dikembalikan.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>Surat tidak dapat diterbitkan</translation>
    </message>
    <message>
        <source>Export document as ODT</source>
        <translation>Ekspor dokumen sebagai ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Dokumen teks OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export &amp;all as PDF…</source>
        <translation>Ekspor &amp;semua sebagai PDF…</translation>
    </message>
    <message>
        <source>Every document of the case, each as a PDF of its own, into a folder</source>
        <translation>Semua dokumen kasus, masing-masing sebagai PDF tersendiri, ke dalam satu folder</translation>
    </message>
    <message>
        <source>Export all documents as PDF</source>
        <translation>Ekspor semua dokumen sebagai PDF</translation>
    </message>
    <message>
        <source>Writing the case&apos;s documents…</source>
        <translation>Menulis dokumen kasus…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation>
            <numerusform>%n dokumen ditulis ke %1.</numerusform>
        </translation>
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
    <message>
        <source>Files</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Save the activity first, then attach files.</source>
        <translation>Simpan kegiatan terlebih dahulu, lalu lampirkan berkas.</translation>
    </message>
    <message>
        <source>%1 is already attached to this activity as %2.</source>
        <translation>%1 sudah dilampirkan pada kegiatan ini sebagai %2.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <source>Remove %1 from the files of this activity? It is deleted from the data file.</source>
        <translation>Hapus %1 dari lampiran kegiatan ini? Berkas dihapus dari berkas data.</translation>
    </message>
    <message>
        <source>Save the activity first; then its attendance list and photos can be attached here.</source>
        <translation>Simpan kegiatan terlebih dahulu; setelah itu daftar hadir dan dokumentasinya dapat dilampirkan di sini.</translation>
    </message>
    <message>
        <source>Attach files to this activity (at most %1 each); files can also be dropped on the list.</source>
        <translation>Lampirkan berkas pada kegiatan ini (paling besar %1 per berkas); berkas juga dapat diseret ke daftar.</translation>
    </message>
    <message>
        <source>Remove the file from the activity (Delete)</source>
        <translation>Hapus berkas dari kegiatan (Delete)</translation>
    </message>
    <message>
        <source>Save the lead first, then attach evidence.</source>
        <translation>Simpan informasi awal terlebih dahulu, lalu lampirkan bukti.</translation>
    </message>
    <message>
        <source>%1 is already attached to this lead as %2.</source>
        <translation>%1 sudah dilampirkan pada informasi awal ini sebagai %2.</translation>
    </message>
    <message>
        <source>Remove %1 from the evidence of this lead? It is deleted from the data file.</source>
        <translation>Hapus %1 dari bukti informasi awal ini? Berkas dihapus dari berkas data.</translation>
    </message>
    <message>
        <source>Save the lead first; then its evidence can be attached here.</source>
        <translation>Simpan informasi awal terlebih dahulu; setelah itu buktinya dapat dilampirkan di sini.</translation>
    </message>
    <message>
        <source>Attach files to this lead (at most %1 each); files can also be dropped on the list.</source>
        <translation>Lampirkan berkas pada informasi awal ini (paling besar %1 per berkas); berkas juga dapat diseret ke daftar.</translation>
    </message>
    <message>
        <source>Remove the file from the lead (Delete)</source>
        <translation>Hapus berkas dari informasi awal (Delete)</translation>
    </message>
</context>
<context>
    <name>FieldFile</name>
    <message>
        <source>Sign in to take cases into the field.</source>
        <translation>Masuk terlebih dahulu untuk membawa kasus ke lapangan.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the office must remember which cases were taken out, so that they can be brought back.</source>
        <translation>%1 dibuka hanya-baca: kantor harus mencatat kasus mana yang dibawa keluar agar kasus itu dapat dibawa kembali.</translation>
    </message>
    <message>
        <source>%1 is a field file itself: take cases into the field from the office&apos;s store.</source>
        <translation>%1 sendiri adalah berkas lapangan: bawa kasus ke lapangan dari penyimpanan data kantor.</translation>
    </message>
    <message>
        <source>%1 exists already: a field file is written only as a new file. Nothing was changed.</source>
        <translation>%1 sudah ada: berkas lapangan hanya ditulis sebagai berkas baru. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No case was chosen to take into the field: nothing was written.</source>
        <translation>Tidak ada kasus yang dipilih untuk dibawa ke lapangan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The field file %1 could not be made: %2 Nothing was written.</source>
        <translation>Berkas lapangan %1 tidak dapat dibuat: %2 Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 sudah ada.</translation>
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
    <message numerus="yes">
        <source>%n more differences between the file and its change log (see trail.differences and trail.schema_objects).</source>
        <translation>
            <numerusform>%n perbedaan lain antara berkas dan riwayat perubahannya (lihat trail.differences dan trail.schema_objects).</numerusform>
        </translation>
    </message>
    <message>
        <source>The change log&apos;s chain and the records against it are checked by a user of the whole server: a user of %1 reads only part of the log.</source>
        <translation>Rantai catatan perubahan dan kecocokan data dengannya diperiksa oleh pengguna dengan cakupan seluruh server: pengguna %1 hanya membaca sebagian catatan.</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Pengguna lain</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>komputer lain</translation>
    </message>
    <message>
        <source>%1 has this file open on %2.</source>
        <translation>Berkas data ini sedang dibuka oleh %1 di komputer %2.</translation>
    </message>
    <message>
        <source>%1 has this file open on %2 since %3.</source>
        <translation>Berkas data ini sedang dibuka oleh %1 di komputer %2 sejak %3.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be made: the folder cannot be written.</source>
        <translation>Berkas kunci %1 tidak dapat dibuat: folder tidak dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>Making the daily backup...</source>
        <translation>Membuat cadangan harian...</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Cadangan dibuat: %1</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Berkas data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Buka dalam mode hanya-baca?</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Buka berkas data ini dalam mode hanya-baca?</translation>
    </message>
    <message>
        <source>Making a backup of the data file...</source>
        <translation>Membuat cadangan berkas data...</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The previous data file is kept as %2. Sign in to the restored file.</source>
        <translation>Cadangan telah dipulihkan ke %1. Berkas data sebelumnya disimpan sebagai %2. Silakan masuk ke berkas yang dipulihkan.</translation>
    </message>
    <message>
        <source>The data file is gone</source>
        <translation>Berkas data hilang</translation>
    </message>
    <message>
        <source>The data file %1 was removed, moved or replaced while it was open. What is open is still complete, but nothing more is saved into it until it is put back.</source>
        <translation>Berkas data %1 dihapus, dipindahkan, atau diganti ketika sedang dibuka. Data yang sedang dibuka masih lengkap, tetapi tidak ada lagi yang disimpan sampai berkas data dikembalikan.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Save it as...</source>
        <translation>Simpan sebagai...</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Save the data file as</source>
        <translation>Simpan berkas data sebagai</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Berkas data Netra (*.netra)</translation>
    </message>
    <message>
        <source>What is open was put back in %1.</source>
        <translation>Data yang sedang dibuka telah dikembalikan ke %1.</translation>
    </message>
    <message>
        <source>An office server is backed up and restored on the server, by its administrator; Netra makes no backups of it on this computer.</source>
        <translation>Server kantor dicadangkan dan dipulihkan di server itu sendiri oleh administratornya; Netra tidak membuat cadangannya di komputer ini.</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>Koneksi ke server terputus</translation>
    </message>
    <message>
        <source>Netra lost its connection to the office server %1.</source>
        <translation>Koneksi Netra ke server kantor %1 terputus.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Terhubung kembali ke server.</translation>
    </message>
    <message>
        <source>Nothing was half-written: a change being saved when the connection broke was undone by the server, and everything saved before is intact there. What you type meanwhile in open cases and minutes is kept on this computer, even if you close Netra or it stops, and written to the server when it is connected again or when you next sign in to it here. A case itself is saved only once the server is back.</source>
        <translation>Tidak ada yang tersimpan setengah jalan: perubahan yang sedang disimpan ketika koneksi terputus telah dibatalkan oleh server, dan semua yang tersimpan sebelumnya tetap utuh di sana. Apa yang Anda ketik selama itu pada kasus dan berita acara yang terbuka disimpan di komputer ini, juga bila Netra ditutup atau berhenti, lalu ditulis ke server setelah koneksi pulih atau saat Anda masuk lagi ke server itu dari komputer ini. Kasusnya sendiri baru dapat disimpan setelah server kembali terhubung.</translation>
    </message>
    <message>
        <source>Connected to the server again. %1</source>
        <translation>Terhubung kembali ke server. %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Making a backup of the data file…</source>
        <translation>Membuat cadangan berkas data…</translation>
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
        <translation>Diterima dari</translation>
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
    <message>
        <source>and</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of %1</source>
        <translation>Tindak lanjut terhadap %1</translation>
    </message>
    <message>
        <source>%1
Case %2, forwarded on %3</source>
        <translation>%1
Kasus %2, diteruskan pada %3</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Instansi berwenang:</translation>
    </message>
    <message>
        <source>Recommendation &amp;number:</source>
        <translation>&amp;Nomor rekomendasi:</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>diterbitkan tanggal</translation>
    </message>
    <message>
        <source>Recommendation &amp;date:</source>
        <translation>&amp;Tanggal rekomendasi:</translation>
    </message>
    <message>
        <source>Sanction &amp;recommended:</source>
        <translation>Sanksi yang di&amp;rekomendasikan:</translation>
    </message>
    <message>
        <source>e.g. Bupati Sukoharjo</source>
        <translation>misalnya Bupati Sukoharjo</translation>
    </message>
    <message>
        <source>&amp;PPK:</source>
        <translation>&amp;PPK:</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Sukoharjo</source>
        <translation>misalnya Pemerintah Kabupaten Sukoharjo</translation>
    </message>
    <message>
        <source>PPK &amp;office:</source>
        <translation>Instansi PP&amp;K:</translation>
    </message>
    <message>
        <source>own due date</source>
        <translation>tenggat tersendiri</translation>
    </message>
    <message>
        <source>Response d&amp;ue:</source>
        <translation>Tenggat t&amp;anggapan:</translation>
    </message>
    <message>
        <source>PPK decision n&amp;umber:</source>
        <translation>N&amp;omor keputusan PPK:</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>ditetapkan tanggal</translation>
    </message>
    <message>
        <source>PPK decision da&amp;te:</source>
        <translation>Tan&amp;ggal keputusan PPK:</translation>
    </message>
    <message>
        <source>Sanction &amp;imposed:</source>
        <translation>Sanksi yang &amp;dijatuhkan:</translation>
    </message>
    <message numerus="yes">
        <source>Set for this person; the office&apos;s %n days do not apply.</source>
        <translation>
            <numerusform>Ditetapkan khusus untuk terlapor ini; ketentuan %n hari yang berlaku di kantor tidak digunakan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the recommendation date plus %n days.</source>
        <translation>
            <numerusform>%1: tanggal rekomendasi ditambah %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after the recommendation.</source>
        <translation>
            <numerusform>%n hari setelah tanggal rekomendasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recommendation date (%1) is after today (%2).</source>
        <translation>Tanggal rekomendasi (%1) melampaui hari ini (%2).</translation>
    </message>
    <message>
        <source>The recommendation date (%1) is before the case was forwarded (%2).</source>
        <translation>Tanggal rekomendasi (%1) mendahului tanggal kasus diteruskan (%2).</translation>
    </message>
    <message>
        <source>The response due date (%1) is before the recommendation (%2).</source>
        <translation>Tenggat tanggapan (%1) mendahului tanggal rekomendasi (%2).</translation>
    </message>
    <message>
        <source>The PPK decision date (%1) is after today (%2).</source>
        <translation>Tanggal keputusan PPK (%1) melampaui hari ini (%2).</translation>
    </message>
    <message>
        <source>A PPK decision needs the date of the recommendation it follows.</source>
        <translation>Keputusan PPK memerlukan tanggal rekomendasi yang ditindaklanjutinya.</translation>
    </message>
    <message>
        <source>The PPK decision date (%1) is before the recommendation (%2).</source>
        <translation>Tanggal keputusan PPK (%1) mendahului tanggal rekomendasi (%2).</translation>
    </message>
    <message>
        <source>A PPK decision needs the sanction imposed.</source>
        <translation>Keputusan PPK memerlukan sanksi yang dijatuhkan.</translation>
    </message>
    <message>
        <source>A PPK decision needs its date.</source>
        <translation>Keputusan PPK memerlukan tanggal keputusan.</translation>
    </message>
    <message>
        <source>The follow-up cannot be saved</source>
        <translation>Tindak lanjut tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>FollowUpState</name>
    <message>
        <source>Awaiting recommendation</source>
        <translation>Menunggu rekomendasi</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Menunggu PPK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Ditindaklanjuti dengan sanksi lain</translation>
    </message>
    <message>
        <source>No sanction recommended</source>
        <translation>Tidak ada rekomendasi sanksi</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>The guide to this window (F1)</source>
        <translation>Panduan untuk jendela ini (F1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Netra guide: %1</source>
        <translation>Panduan Netra: %1</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Daftar isi</translation>
    </message>
    <message>
        <source>Netra guide</source>
        <translation>Panduan Netra</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit the clarification hearing</source>
        <translation>Ubah jadwal klarifikasi</translation>
    </message>
    <message>
        <source>New clarification hearing</source>
        <translation>Jadwal klarifikasi baru</translation>
    </message>
    <message>
        <source>Held &amp;online</source>
        <translation>Dilaksanakan &amp;daring</translation>
    </message>
    <message>
        <source>e.g. Zoom, Google Meet</source>
        <translation>misalnya Zoom, Google Meet</translation>
    </message>
    <message>
        <source>why it may be held online: distance, security, no facilities, disaster</source>
        <translation>alasan dilaksanakan daring: jarak, keamanan, ketiadaan sarana, bencana</translation>
    </message>
    <message>
        <source>e.g. Kantor Bawaslu Kabupaten, ruang rapat</source>
        <translation>misalnya Kantor Bawaslu Kabupaten, ruang rapat</translation>
    </message>
    <message>
        <source>names of the examiners, separated by commas</source>
        <translation>nama pemeriksa, dipisahkan koma</translation>
    </message>
    <message>
        <source>Persons to be heard</source>
        <translation>Pihak yang dimintai keterangan</translation>
    </message>
    <message>
        <source>Add &amp;from the case</source>
        <translation>Tambah dari &amp;kasus</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Tambah orang &amp;lain</translation>
    </message>
    <message>
        <source>A person who is not a party of the case (Insert)</source>
        <translation>Orang yang bukan pihak dalam kasus (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Hapus pihak yang dipilih (Delete)</translation>
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
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Invitation warning</source>
        <translation>Peringatan undangan</translation>
    </message>
    <message>
        <source>legal counsel accompanying the person, if any</source>
        <translation>kuasa hukum yang mendampingi, jika ada</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Belum disampaikan</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Deli&amp;very confirmed</source>
        <translation>Penyampaian telah dik&amp;onfirmasi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The minutes of this person are signed.</source>
        <translation>Berita acara pihak ini telah ditandatangani.</translation>
    </message>
    <message>
        <source>A hearing held in person needs its place.</source>
        <translation>Klarifikasi secara langsung memerlukan tempat pelaksanaan.</translation>
    </message>
    <message>
        <source>An online hearing needs the platform it is held on.</source>
        <translation>Klarifikasi daring memerlukan platform yang digunakan.</translation>
    </message>
    <message>
        <source>An online hearing needs the reason it may be held online.</source>
        <translation>Klarifikasi daring memerlukan alasan dilaksanakan secara daring.</translation>
    </message>
    <message>
        <source>The hearing could not be stored.</source>
        <translation>Data klarifikasi tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>The identity of a confidential reporter is withheld.</source>
        <translation>Identitas pelapor yang dirahasiakan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>The time in the office&apos;s zone (%1)</source>
        <translation>Waktu menurut zona waktu kantor (%1)</translation>
    </message>
    <message>
        <source>A person of the case not yet on the list</source>
        <translation>Pihak kasus yang belum ada dalam daftar</translation>
    </message>
    <message>
        <source>Every person of the case is on the list</source>
        <translation>Semua pihak kasus sudah ada dalam daftar</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>Tanggal dan &amp;waktu:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Why online:</source>
        <translation>&amp;Alasan dilaksanakan daring:</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <source>E&amp;xaminers:</source>
        <translation>P&amp;emeriksa:</translation>
    </message>
    <message>
        <source>&amp;Letter of assignment no.:</source>
        <translation>Nomor &amp;surat tugas:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Pe&amp;ran:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation>K&amp;uasa hukum:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>Undan&amp;gan:</translation>
    </message>
    <message>
        <source>Deli&amp;vered:</source>
        <translation>&amp;Cara penyampaian:</translation>
    </message>
    <message>
        <source>Invitation &amp;sent on:</source>
        <translation>Tanggal dik&amp;irim:</translation>
    </message>
    <message>
        <source>Delivered o&amp;n:</source>
        <translation>&amp;Tanggal disampaikan:</translation>
    </message>
</context>
<context>
    <name>HearingListModel</name>
    <message>
        <source>online: %1</source>
        <translation>daring: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Examiners</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pihak</translation>
    </message>
</context>
<context>
    <name>HearingRepository</name>
    <message>
        <source>The hearing no longer exists in the file.</source>
        <translation>Data klarifikasi tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>A hearing cannot move to another case.</source>
        <translation>Klarifikasi tidak dapat dipindahkan ke kasus lain.</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>Kasus tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The hearing could not be stored: %1</source>
        <translation>Data klarifikasi tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the hearing&apos;s date, place and examiners can no longer change. Add an addendum instead.</source>
        <translation>Berita acara %1 telah ditandatangani: tanggal, tempat, dan pemeriksa klarifikasi tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the hearing.</source>
        <translation>%1 tercantum dua kali dalam klarifikasi.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the identity, attendance and oath can no longer change. Add an addendum instead.</source>
        <translation>Berita acara %1 telah ditandatangani: identitas, kehadiran, dan sumpah tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the person can no longer be removed from the hearing.</source>
        <translation>Berita acara %1 telah ditandatangani: pihak tersebut tidak dapat lagi dihapus dari klarifikasi.</translation>
    </message>
    <message>
        <source>The hearing could not be saved: %1</source>
        <translation>Data klarifikasi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The person heard no longer exists in the file.</source>
        <translation>Data pihak yang dimintai keterangan sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed and can no longer be changed. Add an addendum instead.</source>
        <translation>Berita acara %1 telah ditandatangani dan tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>The minutes could not be read: %1</source>
        <translation>Berita acara tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The minutes could not be stored: %1</source>
        <translation>Berita acara tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation>Riwayat perubahan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The minutes could not be saved: %1</source>
        <translation>Berita acara tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Record who signed the minutes, or why the person refused to sign.</source>
        <translation>Catat pihak yang menandatangani berita acara, atau alasan pihak tersebut menolak menandatangani.</translation>
    </message>
    <message>
        <source>The minutes of %1 were already signed on %2.</source>
        <translation>Berita acara %1 sudah ditandatangani pada %2.</translation>
    </message>
    <message>
        <source>%1 already refused to sign the minutes on %2.</source>
        <translation>%1 sudah menolak menandatangani berita acara pada %2.</translation>
    </message>
    <message>
        <source>The minutes of %1 have no questions and answers to sign yet.</source>
        <translation>Berita acara %1 belum memuat tanya jawab yang dapat ditandatangani.</translation>
    </message>
    <message>
        <source>The signature could not be stored: %1</source>
        <translation>Tanda tangan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>An addendum needs its text.</source>
        <translation>Adendum memerlukan isi.</translation>
    </message>
    <message>
        <source>Only signed minutes take an addendum; until the minutes of %1 are signed, correct them directly.</source>
        <translation>Adendum hanya dapat ditambahkan pada berita acara yang telah ditandatangani; selama berita acara %1 belum ditandatangani, perbaiki berita acara secara langsung.</translation>
    </message>
    <message>
        <source>The addendum could not be stored: %1</source>
        <translation>Adendum tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Unknown attendance &quot;%1&quot;.</source>
        <translation>Status kehadiran &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown oath &quot;%1&quot;.</source>
        <translation>Keterangan sumpah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 was absent and cannot have taken or refused the oath.</source>
        <translation>%1 tidak hadir sehingga tidak mungkin bersedia atau menolak disumpah.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed: the attendance and oath can no longer change. Add an addendum instead.</source>
        <translation>Berita acara %1 telah ditandatangani: kehadiran dan sumpah tidak dapat diubah lagi. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>The attendance could not be stored: %1</source>
        <translation>Kehadiran tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>A second invitation follows an absence; %1 is not recorded as absent.</source>
        <translation>Undangan kedua hanya diberikan setelah ketidakhadiran; %1 tidak tercatat tidak hadir.</translation>
    </message>
    <message>
        <source>%1 already had a second invitation.</source>
        <translation>%1 sudah menerima undangan kedua.</translation>
    </message>
    <message>
        <source>The second hearing needs a date and time.</source>
        <translation>Klarifikasi kedua memerlukan tanggal dan waktu.</translation>
    </message>
    <message>
        <source>The second hearing must come after the one %1 missed.</source>
        <translation>Klarifikasi kedua harus dilaksanakan setelah klarifikasi yang tidak dihadiri %1.</translation>
    </message>
    <message>
        <source>%1 is already invited to the hearing at that time.</source>
        <translation>%1 sudah diundang pada klarifikasi di waktu tersebut.</translation>
    </message>
    <message>
        <source>The second invitation could not be stored: %1</source>
        <translation>Undangan kedua tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The second invitation could not be saved: %1</source>
        <translation>Undangan kedua tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>A confidential identity that is withheld from you cannot be added to a hearing.</source>
        <translation>Identitas yang dirahasiakan dan tidak ditampilkan kepada Anda tidak dapat ditambahkan ke klarifikasi.</translation>
    </message>
</context>
<context>
    <name>HearingRules</name>
    <message>
        <source>Second invitation</source>
        <translation>Undangan kedua</translation>
    </message>
    <message>
        <source>First invitation</source>
        <translation>Undangan pertama</translation>
    </message>
    <message>
        <source>The invitation to %1 reached them on %2, after the hearing on %3.</source>
        <translation>Undangan kepada %1 diterima pada %2, setelah klarifikasi pada %3.</translation>
    </message>
    <message>
        <source>The invitation to %1 was delivered on %2, less than one day before the hearing on %3.</source>
        <translation>Undangan kepada %1 disampaikan pada %2, kurang dari satu hari sebelum klarifikasi pada %3.</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent on %2, less than one day before the hearing on %3.</source>
        <translation>Undangan kepada %1 dikirim pada %2, kurang dari satu hari sebelum klarifikasi pada %3.</translation>
    </message>
    <message>
        <source>An invitation to %1 sent today would arrive less than one day before the hearing on %2.</source>
        <translation>Undangan kepada %1 yang dikirim hari ini akan diterima kurang dari satu hari sebelum klarifikasi pada %2.</translation>
    </message>
    <message>
        <source>%1 did not attend after two invitations: the case is to be decided on the evidence at hand.</source>
        <translation>%1 tidak hadir setelah dua kali diundang: kasus diputus berdasarkan bukti yang ada.</translation>
    </message>
    <message>
        <source>The hearing needs a date and time.</source>
        <translation>Klarifikasi memerlukan tanggal dan waktu.</translation>
    </message>
    <message>
        <source>The hearing on %1 is before the registration on %2.</source>
        <translation>Klarifikasi pada %1 mendahului registrasi pada %2.</translation>
    </message>
    <message>
        <source>The hearing on %1 is before the case was received on %2.</source>
        <translation>Klarifikasi pada %1 mendahului tanggal kasus diterima (%2).</translation>
    </message>
    <message>
        <source>An online hearing needs the platform it is held on.</source>
        <translation>Klarifikasi daring memerlukan platform yang digunakan.</translation>
    </message>
    <message>
        <source>An online hearing needs the reason it may be held online.</source>
        <translation>Klarifikasi daring memerlukan alasan dilaksanakan secara daring.</translation>
    </message>
    <message>
        <source>%1 is invited twice to the same hearing.</source>
        <translation>%1 diundang dua kali pada klarifikasi yang sama.</translation>
    </message>
    <message>
        <source>A person to be heard</source>
        <translation>Pihak yang dimintai keterangan</translation>
    </message>
    <message>
        <source>Each person to be heard needs a name.</source>
        <translation>Setiap pihak yang dimintai keterangan memerlukan nama.</translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot;.</source>
        <translation>%1: peran &quot;%2&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1: an invitation is the first or the second.</source>
        <translation>%1: undangan hanya dapat berupa undangan pertama atau kedua.</translation>
    </message>
    <message>
        <source>%1: unknown way of delivery &quot;%2&quot;.</source>
        <translation>%1: cara penyampaian &quot;%2&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1: unknown attendance &quot;%2&quot;.</source>
        <translation>%1: status kehadiran &quot;%2&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1: unknown oath &quot;%2&quot;.</source>
        <translation>%1: keterangan sumpah &quot;%2&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 was absent and cannot have taken or refused the oath.</source>
        <translation>%1 tidak hadir sehingga tidak mungkin bersedia atau menolak disumpah.</translation>
    </message>
    <message>
        <source>%1: the date of birth %2 is in the future.</source>
        <translation>%1: tanggal lahir %2 melampaui hari ini.</translation>
    </message>
    <message>
        <source>%1 is not a person of this case.</source>
        <translation>%1 bukan pihak dalam kasus ini.</translation>
    </message>
    <message>
        <source>A hearing held in person needs its place.</source>
        <translation>Klarifikasi secara langsung memerlukan tempat pelaksanaan.</translation>
    </message>
    <message>
        <source>The hearing starts on %1: the minutes of %2 can be signed once it has started.</source>
        <translation>Klarifikasi dimulai %1: berita acara %2 baru dapat ditandatangani setelah klarifikasi dimulai.</translation>
    </message>
    <message>
        <source>%1 was absent: there are no minutes to sign.</source>
        <translation>%1 tidak hadir: tidak ada berita acara untuk ditandatangani.</translation>
    </message>
    <message>
        <source>The attendance of %1 is not recorded: record the person as present or represented before the minutes are signed.</source>
        <translation>Kehadiran %1 belum dicatat: catat sebagai hadir atau diwakili sebelum berita acara ditandatangani.</translation>
    </message>
    <message>
        <source>The NIP %1 gives %2 as the date of birth; check the date typed or the NIP.</source>
        <translation>NIP %1 menunjukkan tanggal lahir %2; periksa tanggal yang diketik atau NIP-nya.</translation>
    </message>
    <message>
        <source>%1: the invitation was sent on %2, before the registration on %3.</source>
        <translation>%1: undangan dikirim pada %2, sebelum registrasi pada %3.</translation>
    </message>
    <message>
        <source>%1: the invitation was delivered on %2, before it was sent on %3.</source>
        <translation>%1: undangan disampaikan pada %2, sebelum dikirim pada %3.</translation>
    </message>
</context>
<context>
    <name>HearingsPanel</name>
    <message>
        <source>Attendance of %1</source>
        <translation>Kehadiran %1</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Kehadiran</translation>
    </message>
    <message>
        <source>&amp;Oath</source>
        <translation>&amp;Sumpah</translation>
    </message>
    <message>
        <source>Sche&amp;duled hearings</source>
        <translation>Klarifikasi yang &amp;dijadwalkan</translation>
    </message>
    <message>
        <source>Persons i&amp;nvited (Enter opens the minutes)</source>
        <translation>Pihak yang diu&amp;ndang (Enter membuka berita acara)</translation>
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
        <source>Counsel</source>
        <translation>Kuasa hukum</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Cara penyampaian</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Tanggal disampaikan</translation>
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
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Klarifikasi baru</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Ubah klarifikasi</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Kehadiran…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, confirmed</source>
        <translation>%1, terkonfirmasi</translation>
    </message>
    <message>
        <source>%1, not confirmed</source>
        <translation>%1, belum dikonfirmasi</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pertanyaan</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>belum disampaikan</translation>
    </message>
    <message>
        <source>The attendance was not recorded</source>
        <translation>Kehadiran tidak tercatat</translation>
    </message>
    <message>
        <source>Second invitation</source>
        <translation>Undangan kedua</translation>
    </message>
    <message>
        <source>%1 did not attend the hearing of %2. Send the second invitation? If %1 stays away again, the case is decided on the evidence at hand.</source>
        <translation>%1 tidak menghadiri klarifikasi pada %2. Kirim undangan kedua? Apabila %1 kembali tidak hadir, kasus diputus berdasarkan bukti yang ada.</translation>
    </message>
    <message>
        <source>&amp;Send the second invitation</source>
        <translation>&amp;Kirim undangan kedua</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nanti saja</translation>
    </message>
    <message>
        <source>The second invitation was not recorded</source>
        <translation>Undangan kedua tidak tercatat</translation>
    </message>
    <message>
        <source>C&amp;lerks...</source>
        <translation>&amp;Notulis...</translation>
    </message>
    <message>
        <source>The clerks who keep this case&apos;s hearings and minutes</source>
        <translation>Notulis yang mencatat klarifikasi dan berita acara kasus ini</translation>
    </message>
    <message>
        <source>No clerk assigned</source>
        <translation>Belum ada notulis yang ditugaskan</translation>
    </message>
    <message>
        <source>Clerks: %1</source>
        <translation>Notulis: %1</translation>
    </message>
    <message>
        <source>Clerks of the case</source>
        <translation>Notulis kasus</translation>
    </message>
    <message>
        <source>Tick the clerks who keep this case&apos;s hearings and type their minutes.</source>
        <translation>Centang notulis yang mencatat klarifikasi kasus ini dan mengetik berita acaranya.</translation>
    </message>
    <message>
        <source>The file has no user with the clerk role yet; the administrator adds them.</source>
        <translation>Berkas belum memiliki pengguna dengan peran notulis; administrator yang menambahkannya.</translation>
    </message>
    <message>
        <source>The clerks were not assigned</source>
        <translation>Notulis tidak ditugaskan</translation>
    </message>
    <message>
        <source>Second &amp;hearing on:</source>
        <translation>&amp;Jadwal klarifikasi kedua:</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>Menolak menandatangani</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>HolidayRepository</name>
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
</context>
<context>
    <name>ImportCsvWizard</name>
    <message>
        <source>Choose the register</source>
        <translation>Pilih register</translation>
    </message>
    <message>
        <source>A CSV file with one row per person reported, separated by commas or semicolons.</source>
        <translation>Berkas CSV dengan satu baris untuk setiap terlapor, dipisahkan dengan koma atau titik koma.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Import CSV register</source>
        <translation>Impor register CSV</translation>
    </message>
    <message>
        <source>CSV registers (*.csv);;All files (*)</source>
        <translation>Register CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>The file&apos;s headers differ from the register&apos;s columns. Choose the column each header holds, or ignore it.</source>
        <translation>Judul kolom berkas berbeda dengan kolom register. Pilih kolom untuk setiap judul, atau abaikan.</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Judul di berkas</translation>
    </message>
    <message>
        <source>Register column</source>
        <translation>Kolom register</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>The column %1 is chosen for more than one header.</source>
        <translation>Kolom %1 dipilih untuk lebih dari satu judul.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>A trial run: nothing has been written yet.</source>
        <translation>Uji coba: belum ada yang ditulis.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it is not read.</source>
        <translation>Ukuran berkas melebihi %1 MiB; berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>The first row of the file cannot be read as a header.</source>
        <translation>Baris pertama berkas tidak dapat dibaca sebagai baris judul.</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Register tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 rows read. %2 cases will be added; %3 are already in the file and will be skipped; %4 cases are refused.</source>
        <translation>%1 baris terbaca. %2 kasus akan ditambahkan; %3 sudah ada di berkas dan dilewati; %4 kasus ditolak.</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Kolom yang tidak dibaca: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 cases added; %2 already in the file were skipped; %3 cases refused.</source>
        <translation>%1 kasus ditambahkan; %2 yang sudah ada di berkas dilewati; %3 kasus ditolak.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device); it is not read.</source>
        <translation>%1 bukan berkas biasa (pipa atau perangkat); berkas itu tidak dibaca.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The confidential identity can only be made public by a coordinator who holds the key to the identities.</source>
        <translation>Identitas yang dirahasiakan hanya dapat dibuka untuk umum oleh koordinator yang memegang kunci identitas.</translation>
    </message>
    <message>
        <source>Your key to the confidential identities has not been given to you yet: it is given when another coordinator who holds it signs in, or with the recovery key (netra-cli keys).</source>
        <translation>Kunci identitas yang dirahasiakan belum diberikan kepada Anda: kunci diberikan saat koordinator lain yang memegangnya masuk, atau dengan kunci pemulihan (netra-cli keys).</translation>
    </message>
    <message>
        <source>The user&apos;s key could not be made (out of memory?).</source>
        <translation>Kunci pengguna tidak dapat dibuat (memori habis?).</translation>
    </message>
    <message>
        <source>Only someone who holds the key to the identities can give it.</source>
        <translation>Hanya pemegang kunci identitas yang dapat memberikannya.</translation>
    </message>
    <message>
        <source>%1 has no key yet: %1 must sign in once (on a file opened for writing) before being given the key to the identities.</source>
        <translation>%1 belum mempunyai kunci: %1 harus masuk sekali (pada berkas yang dibuka untuk ditulis) sebelum dapat diberi kunci identitas.</translation>
    </message>
    <message>
        <source>Only an administrator or a coordinator can encrypt the identities of this file.</source>
        <translation>Hanya administrator atau koordinator yang dapat mengenkripsi identitas dalam berkas ini.</translation>
    </message>
    <message>
        <source>The identities of this file are already encrypted.</source>
        <translation>Identitas dalam berkas ini sudah dienkripsi.</translation>
    </message>
    <message>
        <source>The keys could not be made (out of memory?).</source>
        <translation>Kunci tidak dapat dibuat (memori habis?).</translation>
    </message>
    <message>
        <source>The identities of this file are not encrypted yet: there is no key to give.</source>
        <translation>Identitas dalam berkas ini belum dienkripsi: belum ada kunci yang dapat diberikan.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this file (check each group of letters and digits). Nothing was changed.</source>
        <translation>Ini bukan kunci pemulihan berkas ini (periksa setiap kelompok huruf dan angka). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no user %1 in this file.</source>
        <translation>Tidak ada pengguna %1 dalam berkas ini.</translation>
    </message>
    <message>
        <source>Only an active coordinator can be given the key to the identities; %1 is not one.</source>
        <translation>Kunci identitas hanya dapat diberikan kepada koordinator yang aktif; %1 bukan koordinator aktif.</translation>
    </message>
    <message>
        <source>Only a coordinator who holds the key to the identities can make a new recovery key.</source>
        <translation>Hanya koordinator yang memegang kunci identitas yang dapat membuat kunci pemulihan baru.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New supervision lead</source>
        <translation>Informasi Awal Baru</translation>
    </message>
    <message>
        <source>Supervision lead</source>
        <translation>Informasi Awal</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>Address of the post, account, or place</source>
        <translation>Tautan unggahan, akun, atau tempat</translation>
    </message>
    <message>
        <source>Source &amp;detail:</source>
        <translation>&amp;Rincian sumber:</translation>
    </message>
    <message>
        <source>&amp;Regency or city:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <source>One person a line, when known</source>
        <translation>Satu orang per baris, bila diketahui</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Pihak yang diduga:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>&amp;Informant:</source>
        <translation>&amp;Pemberi informasi:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontak:</translation>
    </message>
    <message>
        <source>Keep the informant&apos;s identity &amp;confidential</source>
        <translation>&amp;Rahasiakan identitas pemberi informasi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Informasi Awal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Tracing note</source>
        <translation>Catatan penelusuran</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Tang&amp;gal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Add &amp;tracing note</source>
        <translation>Tambah catatan &amp;penelusuran</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Penelusuran</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>The lead is closed and can no longer be changed.</source>
        <translation>Informasi awal sudah selesai dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Not pursued since %1: %2</source>
        <translation>Tidak ditindaklanjuti sejak %1: %2</translation>
    </message>
    <message>
        <source>Became the finding %1, found on %2.</source>
        <translation>Menjadi temuan %1, diketahui pada %2.</translation>
    </message>
    <message>
        <source>The lead cannot be saved</source>
        <translation>Informasi awal tidak dapat disimpan</translation>
    </message>
    <message>
        <source>The tracing note cannot be saved</source>
        <translation>Catatan penelusuran tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>The lead no longer exists in the file.</source>
        <translation>Informasi awal ini sudah tidak ada dalam berkas data.</translation>
    </message>
    <message>
        <source>The lead is closed (%1) and can no longer be changed.</source>
        <translation>Informasi awal sudah selesai (%1) dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The lead could not be saved: %1</source>
        <translation>Informasi awal tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Write what the tracing found.</source>
        <translation>Tuliskan hasil penelusuran.</translation>
    </message>
    <message>
        <source>The tracing note could not be saved: %1</source>
        <translation>Catatan penelusuran tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The lead could not be closed: %1</source>
        <translation>Informasi awal tidak dapat diselesaikan: %1</translation>
    </message>
    <message>
        <source>Give the reason why the lead is not pursued.</source>
        <translation>Isi alasan informasi awal tidak ditindaklanjuti.</translation>
    </message>
    <message>
        <source>No finding case with the UUID %1 in this file.</source>
        <translation>Tidak ada temuan dengan UUID %1 dalam berkas ini.</translation>
    </message>
    <message>
        <source>The finding already came from another lead (%1).</source>
        <translation>Temuan ini sudah berasal dari informasi awal lain (%1).</translation>
    </message>
    <message>
        <source>The lead could not be removed: %1</source>
        <translation>Informasi awal tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>Choose where the lead came from.</source>
        <translation>Pilih sumber informasi awal.</translation>
    </message>
    <message>
        <source>Give the date of the lead.</source>
        <translation>Isi tanggal informasi awal.</translation>
    </message>
    <message>
        <source>The date of the lead (%1) is in the future.</source>
        <translation>Tanggal informasi awal (%1) melewati hari ini.</translation>
    </message>
    <message>
        <source>Choose the regency of the lead.</source>
        <translation>Pilih kabupaten/kota informasi awal.</translation>
    </message>
    <message>
        <source>Describe what the lead says.</source>
        <translation>Isi uraian informasi awal.</translation>
    </message>
    <message>
        <source>Only a lead from a member of the public names an informant.</source>
        <translation>Hanya informasi awal dari masyarakat yang mencantumkan pemberi informasi.</translation>
    </message>
    <message>
        <source>Give the %1.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>%1 (%2) melewati hari ini.</translation>
    </message>
    <message>
        <source>The %1 (%2) cannot be before the date of the lead (%3).</source>
        <translation>%1 (%2) tidak boleh sebelum tanggal informasi awal (%3).</translation>
    </message>
    <message>
        <source>date of the tracing note</source>
        <translation>Tanggal catatan penelusuran</translation>
    </message>
    <message>
        <source>date the lead was closed</source>
        <translation>Tanggal informasi awal diselesaikan</translation>
    </message>
    <message>
        <source>date the finding was found</source>
        <translation>Tanggal temuan diketahui</translation>
    </message>
</context>
<context>
    <name>LeadsWindow</name>
    <message>
        <source>Supervision leads</source>
        <translation>Informasi Awal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Pihak yang diduga</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Not pursued…</source>
        <translation>Tidak &amp;ditindaklanjuti…</translation>
    </message>
    <message>
        <source>&amp;Turn into finding…</source>
        <translation>&amp;Jadikan temuan…</translation>
    </message>
    <message>
        <source>Open &amp;finding</source>
        <translation>Buka &amp;temuan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln informasi awal</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove lead</source>
        <translation>Hapus informasi awal</translation>
    </message>
    <message>
        <source>Remove the lead of %1 with its notes and evidence? It is deleted from the data file; the change log keeps what it held.</source>
        <translation>Hapus informasi awal tanggal %1 beserta catatan dan buktinya? Data dihapus dari berkas data; log perubahan tetap menyimpan isinya.</translation>
    </message>
    <message>
        <source>The lead cannot be removed</source>
        <translation>Informasi awal tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Pilih informasi awal terlebih dahulu.</translation>
    </message>
    <message>
        <source>Lead not pursued</source>
        <translation>Informasi awal tidak ditindaklanjuti</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>The lead cannot be closed</source>
        <translation>Informasi awal tidak dapat diselesaikan</translation>
    </message>
    <message>
        <source>Turn into finding</source>
        <translation>Jadikan temuan</translation>
    </message>
    <message>
        <source>A new finding case is made from the lead. Its seven days to be set count from the date it was found.</source>
        <translation>Temuan baru dibuat dari informasi awal ini. Batas 7 hari penetapan temuan dihitung sejak tanggal temuan diketahui.</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>&amp;Diketahui pada:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Pemilihan:</translation>
    </message>
    <message>
        <source>&amp;Violation category:</source>
        <translation>&amp;Kategori pelanggaran:</translation>
    </message>
    <message>
        <source>The lead cannot be turned into a finding</source>
        <translation>Informasi awal tidak dapat dijadikan temuan</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>ditetapkan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Keputusan nomor %1</translation>
    </message>
    <message>
        <source>PPK not recorded yet</source>
        <translation>PPK belum dicatat</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n belum selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Instansi berwenang</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Tgl. diteruskan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Sanction recommended</source>
        <translation>Sanksi yang direkomendasikan</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Tenggat tanggapan</translation>
    </message>
    <message>
        <source>PPK decision</source>
        <translation>Keputusan PPK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>A PPK&apos;s response time must be between %1 and %2 days; %3 is not.</source>
        <translation>Waktu tanggapan PPK harus antara %1 sampai dengan %2 hari; %3 tidak memenuhi ketentuan tersebut.</translation>
    </message>
    <message>
        <source>The case no longer exists in the file.</source>
        <translation>Kasus tersebut sudah tidak ada dalam berkas.</translation>
    </message>
    <message>
        <source>The follow-up belongs to a person reported in another case.</source>
        <translation>Data tindak lanjut tersebut berkaitan dengan terlapor pada kasus lain.</translation>
    </message>
    <message>
        <source>The follow-up could not be stored: %1</source>
        <translation>Data tindak lanjut tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Follow-up ledger</source>
        <translation>Daftar tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Outstanding: waiting for the recommendation or for the PPK, or late.</source>
        <translation>Belum selesai: menunggu rekomendasi, menunggu keputusan PPK, atau terlambat.</translation>
    </message>
    <message>
        <source>PPK &amp;response time:</source>
        <translation>&amp;Waktu tanggapan PPK:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Days a PPK has to act on a recommendation, unless a follow-up sets its own due date.</source>
        <translation>Jumlah hari bagi PPK untuk menindaklanjuti rekomendasi, kecuali data tindak lanjut menetapkan tenggat tersendiri.</translation>
    </message>
    <message>
        <source>&amp;Edit follow-up…</source>
        <translation>&amp;Ubah tindak lanjut…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <source>&amp;Request follow-up letter…</source>
        <translation>&amp;Surat permintaan tindak lanjut…</translation>
    </message>
    <message>
        <source>Print a letter asking the selected PPK to act on its outstanding recommendations</source>
        <translation>Cetak surat permintaan kepada PPK yang dipilih untuk menindaklanjuti rekomendasi yang belum selesai</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Simpan surat sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n belum selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons in forwarded cases</source>
        <translation>
            <numerusform>%n terlapor dalam kasus yang diteruskan</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Tindak lanjut disimpan.</translation>
    </message>
    <message>
        <source>Response time not changed</source>
        <translation>Waktu tanggapan tidak diubah</translation>
    </message>
    <message>
        <source>Select a PPK with outstanding recommendations first.</source>
        <translation>Pilih terlebih dahulu PPK yang memiliki rekomendasi belum selesai.</translation>
    </message>
    <message>
        <source>The letter cannot be printed</source>
        <translation>Surat tidak dapat dicetak</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF kertas A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF kertas F4 (*.pdf)</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Simpan surat sebagai PDF</translation>
    </message>
    <message>
        <source>The letter cannot be exported</source>
        <translation>Surat tidak dapat diekspor</translation>
    </message>
    <message>
        <source>Letter saved to %1.</source>
        <translation>Surat disimpan di %1.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <source>Issue the letter to this PPK? It takes the next number of the letter book and today&apos;s date.</source>
        <translation>Terbitkan surat kepada PPK ini? Surat mengambil nomor berikutnya dari agenda surat keluar dan tanggal hari ini.</translation>
    </message>
    <message>
        <source>The letter cannot be issued</source>
        <translation>Surat tidak dapat diterbitkan</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>Terbit&amp;kan surat</translation>
    </message>
    <message>
        <source>Give the letter its number from the letter book; until then it prints as a draft (KONSEP)</source>
        <translation>Memberi surat nomor dari agenda surat keluar; sebelum itu surat dicetak sebagai KONSEP</translation>
    </message>
    <message>
        <source>Letter issued with the number %1.</source>
        <translation>Surat diterbitkan dengan nomor %1.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Write the persons shown as an Excel workbook (XLSX)</source>
        <translation>Tulis terlapor yang ditampilkan sebagai buku kerja Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export the follow-up ledger</source>
        <translation>Ekspor daftar tindak lanjut</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The ledger cannot be exported</source>
        <translation>Daftar tindak lanjut tidak dapat diekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n persons written to %1.</source>
        <translation>
            <numerusform>%n terlapor ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerXlsx</name>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
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
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Instansi berwenang</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>Diteruskan pada</translation>
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
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Follow-up ledger</source>
        <translation>Daftar tindak lanjut</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1 (kode)</translation>
    </message>
</context>
<context>
    <name>LetterBook</name>
    <message>
        <source>The letter cannot be issued: it is not a letter of the book.</source>
        <translation>Surat tidak dapat diterbitkan: dokumen ini bukan surat dalam agenda surat keluar.</translation>
    </message>
    <message>
        <source>The letter number pattern of the office settings cannot number letters: %1</source>
        <translation>Pola nomor surat pada pengaturan kantor tidak dapat dipakai untuk menomori surat: %1</translation>
    </message>
    <message>
        <source>No letter number could be assigned: %1</source>
        <translation>Nomor surat tidak dapat diberikan: %1</translation>
    </message>
    <message>
        <source>The letter number %1 is already in the letter book; change the letter number pattern in the office settings.</source>
        <translation>Nomor surat %1 sudah ada di agenda surat keluar; ubah pola nomor surat pada pengaturan kantor.</translation>
    </message>
    <message>
        <source>The letter could not be issued: %1</source>
        <translation>Surat tidak dapat diterbitkan: %1</translation>
    </message>
    <message>
        <source>The letter was not issued: on this server a letter that belongs to no case is kept to the office that issues it, and your account belongs to no office (no regency or province is its scope). An administrator of the server gives your account its office.</source>
        <translation>Surat tidak diterbitkan: di server ini surat yang tidak terkait perkara hanya disimpan untuk kantor yang menerbitkannya, sedangkan akun Anda tidak terikat pada kantor mana pun (cakupannya bukan kabupaten/kota atau provinsi). Mintalah administrator server menetapkan kantor akun Anda.</translation>
    </message>
</context>
<context>
    <name>LetterBookWindow</name>
    <message>
        <source>Outgoing letter book</source>
        <translation>Agenda surat keluar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n surat</numerusform>
        </translation>
    </message>
    <message>
        <source>Export letter book as XLSX</source>
        <translation>Ekspor agenda surat keluar sebagai XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Lembar kerja (*.xlsx)</translation>
    </message>
    <message>
        <source>The letter book cannot be exported</source>
        <translation>Agenda surat keluar tidak dapat diekspor</translation>
    </message>
    <message>
        <source>No letter was issued in %1.</source>
        <translation>Belum ada surat yang diterbitkan pada tahun %1.</translation>
    </message>
    <message>
        <source>No letter was issued yet.</source>
        <translation>Belum ada surat yang diterbitkan.</translation>
    </message>
    <message>
        <source>A letter is entered here with its number when it is issued from a case&apos;s documents, the ledger or a prevention activity.</source>
        <translation>Surat dicatat di sini beserta nomornya saat diterbitkan dari dokumen kasus, daftar tindak lanjut, atau kegiatan pencegahan.</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
</context>
<context>
    <name>LocalSpool</name>
    <message numerus="yes">
        <source>the minutes of %n person(s) heard</source>
        <translation>
            <numerusform>berita acara %n pihak yang dimintai keterangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved case edit(s), offered again when the case is opened</source>
        <translation>
            <numerusform>%n perubahan kasus yang belum disimpan, ditawarkan kembali saat kasusnya dibuka</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to the server from this computer: %1.</source>
        <translation>Ditulis ke server dari komputer ini: %1.</translation>
    </message>
    <message>
        <source>The minutes of %1 were changed on another computer meanwhile: what you typed is kept beside them and shown when they are opened.</source>
        <translation>Berita acara %1 diubah di komputer lain selama itu: yang Anda ketik disimpan di sampingnya dan ditampilkan saat berita acara itu dibuka.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) typed while the server was away could not be written yet and stay on this computer: %1</source>
        <translation>
            <numerusform>%n isian yang diketik selama server tidak terhubung belum dapat ditulis dan tetap disimpan di komputer ini: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the identity of %n person(s) heard</source>
        <translation>
            <numerusform>identitas %n pihak yang dimintai keterangan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>New data file: its administrator</source>
        <translation>Berkas data baru: administratornya</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create its administrator, who adds the other users and chooses their roles.</source>
        <translation>%1 belum memiliki pengguna. Buat administratornya, yang akan menambahkan pengguna lain dan menentukan perannya.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>Sign in - Netra</source>
        <translation>Masuk - Netra</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Masuk ke %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Locked - Netra</source>
        <translation>Terkunci - Netra</translation>
    </message>
    <message>
        <source>Netra was locked after a time without use. Enter your password to go on where you left off, or close the file.</source>
        <translation>Netra terkunci karena lama tidak digunakan. Masukkan kata sandi Anda untuk melanjutkan pekerjaan, atau tutup berkas.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Tutup berkas</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Anda dapat mencoba lagi dalam %n detik.</numerusform>
        </translation>
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
    <message>
        <source>Office &amp;settings...</source>
        <translation>&amp;Pengaturan kantor...</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>&amp;Recap...</source>
        <translation>&amp;Rekapitulasi...</translation>
    </message>
    <message>
        <source>&amp;Follow-up ledger</source>
        <translation>Daftar &amp;tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Import CSV register...</source>
        <translation>&amp;Impor register CSV...</translation>
    </message>
    <message>
        <source>Export &amp;package...</source>
        <translation>Ekspor pa&amp;ket data...</translation>
    </message>
    <message>
        <source>Import p&amp;ackage...</source>
        <translation>Impor paket &amp;data...</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 kasus ditulis ke %2.</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Pengguna...</translation>
    </message>
    <message>
        <source>Change my pass&amp;word...</source>
        <translation>Ubah &amp;kata sandi saya...</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user...</source>
        <translation>&amp;Keluar / ganti pengguna...</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Pulihkan dari cadangan...</translation>
    </message>
    <message>
        <source>%1 (read-only) - Netra</source>
        <translation>%1 (hanya-baca) - Netra</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka berkas &amp;terakhir</translation>
    </message>
    <message>
        <source>No data file opened yet</source>
        <translation>Belum ada berkas data yang pernah dibuka</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Kosongkan daftar</translation>
    </message>
    <message>
        <source>Outgoing &amp;letter book</source>
        <translation>&amp;Agenda surat keluar</translation>
    </message>
    <message>
        <source>Confidential identities not yet encrypted</source>
        <translation>Identitas yang dirahasiakan belum dienkripsi</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver...</source>
        <translation>Hubungkan ke ser&amp;ver...</translation>
    </message>
    <message>
        <source>&amp;Export register (Excel, CSV)...</source>
        <translation>&amp;Ekspor register (Excel, CSV)...</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel or LibreOffice set to Indonesian, semicolons (*.csv)</source>
        <translation>CSV untuk Excel atau LibreOffice berpengaturan Indonesia, titik koma (*.csv)</translation>
    </message>
    <message>
        <source>CSV register, commas (*.csv)</source>
        <translation>Register CSV, koma (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Export the register: %n cases shown</source>
        <translation>
            <numerusform>Ekspor register: %n kasus ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Ekspor register</translation>
    </message>
    <message>
        <source>Take cases into the &amp;field...</source>
        <translation>Bawa kasus ke &amp;lapangan...</translation>
    </message>
    <message>
        <source>The cases the register shows, into a new data file for a field hearing</source>
        <translation>Kasus yang ditampilkan register, ke berkas data baru untuk klarifikasi di lapangan</translation>
    </message>
    <message>
        <source>Take cases into the field</source>
        <translation>Bawa kasus ke lapangan</translation>
    </message>
    <message>
        <source>The register shows no case. Filter or search it to the cases to take, then try again.</source>
        <translation>Register tidak menampilkan kasus. Saring atau cari kasus yang akan dibawa, lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>Take the %n case(s) the register shows into the field? They are written to a new data file, with the office&apos;s settings and holidays; you and the clerks assigned to them sign in there with your passwords. Confidential identities stay here.</source>
        <translation>
            <numerusform>Bawa %n kasus yang ditampilkan register ke lapangan? Kasus itu ditulis ke berkas data baru, beserta pengaturan dan hari libur kantor; Anda dan notulis yang ditugaskan masuk ke sana dengan kata sandi masing-masing. Identitas yang dirahasiakan tetap di sini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field %1 %2.netra</source>
        <translation>Lapangan %1 %2.netra</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) taken into the field: %1</source>
        <translation>
            <numerusform>%n kasus dibawa ke lapangan: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it on the field laptop with File &gt; Open data file (signing in: %1). To bring the cases back, export a package from it (File &gt; Export package) and import that package here; a case changed on both sides is listed to be settled.</source>
        <translation>Buka berkas itu di laptop lapangan dengan Berkas &gt; Buka berkas data (yang dapat masuk: %1). Untuk membawa kasus kembali, ekspor paket data darinya (Berkas &gt; Ekspor paket data) lalu impor paket itu di sini; kasus yang diubah di kedua pihak didaftar untuk diselesaikan.</translation>
    </message>
    <message>
        <source>&amp;Prevention activities…</source>
        <translation>Kegiatan &amp;pencegahan…</translation>
    </message>
    <message>
        <source>&amp;Track record…</source>
        <translation>&amp;Rekam jejak…</translation>
    </message>
    <message>
        <source>&amp;Print the list of cases...</source>
        <translation>&amp;Cetak daftar kasus...</translation>
    </message>
    <message>
        <source>Print the list of cases</source>
        <translation>Cetak daftar kasus</translation>
    </message>
    <message numerus="yes">
        <source>The list holds %Ln case(s), some %1 pages, and takes a while to prepare. Print it whole, or narrow the register with the filter first?</source>
        <translation>
            <numerusform>Daftar memuat %Ln kasus, sekitar %1 halaman, dan perlu waktu untuk disiapkan. Cetak seluruhnya, atau persempit register dengan saringan terlebih dahulu?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print the whole list</source>
        <translation>&amp;Cetak seluruh daftar</translation>
    </message>
    <message>
        <source>Super&amp;vision leads…</source>
        <translation>&amp;Informasi awal…</translation>
    </message>
</context>
<context>
    <name>MinutesWindow</name>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Berita acara</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Pertanyaan beri&amp;kutnya</translation>
    </message>
    <message>
        <source>Move question &amp;up</source>
        <translation>Pindahkan pertanyaan ke &amp;atas</translation>
    </message>
    <message>
        <source>Move question &amp;down</source>
        <translation>Pindahkan pertanyaan ke &amp;bawah</translation>
    </message>
    <message>
        <source>&amp;Remove empty question</source>
        <translation>&amp;Hapus pertanyaan kosong</translation>
    </message>
    <message>
        <source>Read &amp;back in large type</source>
        <translation>Bacakan &amp;ulang dengan huruf besar</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>Ta&amp;ndatangani…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Tambah a&amp;dendum…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Identity of the person heard</source>
        <translation>Identitas pihak yang memberi keterangan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Tanya jawab</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>The person heard no longer exists in the file.</source>
        <translation>Data pihak yang dimintai keterangan sudah tidak ada dalam berkas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) recovered from the file; the last was saved at %1.</source>
        <translation>
            <numerusform>%n pertanyaan dipulihkan dari berkas; yang terakhir disimpan pada %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Remove a question</source>
        <translation>Hapus pertanyaan</translation>
    </message>
    <message>
        <source>Question %1 and its answer hold text. Remove them from the minutes?</source>
        <translation>Pertanyaan %1 dan jawabannya sudah berisi teks. Hapus dari berita acara?</translation>
    </message>
    <message>
        <source>The last answer: Ctrl+Return starts the next question.</source>
        <translation>Jawaban terakhir: tekan Ctrl+Return untuk memulai pertanyaan berikutnya.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <source>The minutes are not saved</source>
        <translation>Berita acara belum tersimpan</translation>
    </message>
    <message>
        <source>The last changes could not be written to the file:
%1

Close anyway and lose them?</source>
        <translation>Perubahan terakhir tidak dapat ditulis ke berkas:
%1

Tetap tutup dan abaikan perubahan tersebut?</translation>
    </message>
    <message>
        <source>Minutes: %1 — Netra</source>
        <translation>Berita acara: %1 — Netra</translation>
    </message>
    <message>
        <source>Minutes of the clarification of %1 (%2)</source>
        <translation>Berita acara klarifikasi %1 (%2)</translation>
    </message>
    <message>
        <source>%1, online: %2</source>
        <translation>%1, daring: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Examiners: %1</source>
        <translation>Pemeriksa: %1</translation>
    </message>
    <message>
        <source>Letter of assignment no. %1</source>
        <translation>Surat tugas nomor %1</translation>
    </message>
    <message>
        <source>counsel: %1</source>
        <translation>kuasa hukum: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed: read-only · F11: read back · Ctrl+Shift+A: addendum</source>
        <translation>Telah ditandatangani: hanya baca · F11: bacakan ulang · Ctrl+Shift+A: adendum</translation>
    </message>
    <message>
        <source>Ctrl+Return: next question · Tab: question → answer · Ctrl+Up/Down: move · F11: read back</source>
        <translation>Ctrl+Return: pertanyaan berikutnya · Tab: pertanyaan → jawaban · Ctrl+Up/Down: pindahkan · F11: bacakan ulang</translation>
    </message>
    <message>
        <source>%1 refused to sign on %2. Reason: %3</source>
        <translation>%1 menolak menandatangani pada %2. Alasan: %3</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Ditandatangani oleh %1.</translation>
    </message>
    <message>
        <source>Signed on %1 by %2.</source>
        <translation>Ditandatangani pada %1 oleh %2.</translation>
    </message>
    <message>
        <source>The signed minutes cannot change; add an addendum (Ctrl+Shift+A) to correct them.</source>
        <translation>Berita acara yang telah ditandatangani tidak dapat diubah; tambahkan adendum (Ctrl+Shift+A) untuk memperbaikinya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Addendum of %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Adendum tanggal %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nama: %1</translation>
    </message>
    <message>
        <source>Place and date of birth: %1</source>
        <translation>Tempat dan tanggal lahir: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Umur: %1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>Pekerjaan: %1</translation>
    </message>
    <message>
        <source>Religion: %1</source>
        <translation>Agama: %1</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Kewarganegaraan: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Alamat: %1</translation>
    </message>
    <message>
        <source>Save the minutes before signing them: %1</source>
        <translation>Simpan berita acara sebelum ditandatangani: %1</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Penandatanganan berita acara</translation>
    </message>
    <message>
        <source>The minutes were read back and &amp;signed</source>
        <translation>Berita acara telah dibacakan ulang dan &amp;ditandatangani</translation>
    </message>
    <message>
        <source>%1 &amp;refused to sign</source>
        <translation>%1 &amp;menolak menandatangani</translation>
    </message>
    <message>
        <source>Once signed, the minutes can no longer change; corrections go into dated addenda.</source>
        <translation>Setelah ditandatangani, berita acara tidak dapat diubah lagi; perbaikan dimuat dalam adendum yang bertanggal.</translation>
    </message>
    <message>
        <source>Record why the person refused to sign.</source>
        <translation>Catat alasan pihak tersebut menolak menandatangani.</translation>
    </message>
    <message>
        <source>The signature could not be stored.</source>
        <translation>Tanda tangan tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>Addendum to the signed minutes</source>
        <translation>Adendum berita acara yang telah ditandatangani</translation>
    </message>
    <message>
        <source>The correction is dated today and shown below the signed minutes, which stay as they were signed.</source>
        <translation>Perbaikan diberi tanggal hari ini dan ditampilkan di bawah berita acara, sedangkan berita acara yang telah ditandatangani tetap tidak berubah.</translation>
    </message>
    <message>
        <source>The addendum could not be stored.</source>
        <translation>Adendum tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>The identity of a confidential reporter is withheld.</source>
        <translation>Identitas pelapor yang dirahasiakan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet</source>
        <translation>Berita acara belum dapat ditandatangani</translation>
    </message>
    <message>
        <source>These minutes are being typed on another computer.</source>
        <translation>Berita acara ini sedang diketik di komputer lain.</translation>
    </message>
    <message>
        <source>%1 is typing these minutes on another computer.</source>
        <translation>%1 sedang mengetik berita acara ini di komputer lain.</translation>
    </message>
    <message>
        <source>They are shown here as they are typed, read-only, and can be typed here once that window is closed.</source>
        <translation>Isinya ditampilkan di sini selagi diketik, hanya baca, dan dapat diketik di sini setelah jendela itu ditutup.</translation>
    </message>
    <message>
        <source>While the server was away these minutes were typed on this computer, but they were changed on another computer meanwhile, so what was typed here was not written over them. Copy into the minutes what is missing, then &lt;a href=&quot;dismiss&quot;&gt;remove this notice&lt;/a&gt;.</source>
        <translation>Selama server tidak terhubung, berita acara ini diketik di komputer ini, tetapi sementara itu diubah di komputer lain, sehingga yang diketik di sini tidak ditimpakan ke atasnya. Salin ke dalam berita acara apa yang belum ada, lalu &lt;a href=&quot;dismiss&quot;&gt;hapus pemberitahuan ini&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The server is away: kept on this computer, written to the server when it is back</source>
        <translation>Server tidak terhubung: disimpan di komputer ini, ditulis ke server setelah server kembali</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Ditandatangani &amp;oleh:</translation>
    </message>
    <message>
        <source>Reason for &amp;refusing:</source>
        <translation>&amp;Alasan penolakan:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Place of birth:</source>
        <translation>&amp;Tempat lahir:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Umur:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Pekerjaan:</translation>
    </message>
    <message>
        <source>Re&amp;ligion:</source>
        <translation>&amp;Agama:</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>Ke&amp;warganegaraan:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Ala&amp;mat:</translation>
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
    <message>
        <source>digits 9 to 12 are the year of the first appointment as a PPPK, from %1 and at least 18 years after the birth date.</source>
        <translation>digit 9 sampai 12 adalah tahun pengangkatan pertama sebagai PPPK, paling awal %1 dan sekurang-kurangnya 18 tahun setelah tanggal lahir.</translation>
    </message>
    <message>
        <source>digit 15 is the gender: 1 for male, 2 for female.</source>
        <translation>digit 15 adalah jenis kelamin: 1 untuk laki-laki, 2 untuk perempuan.</translation>
    </message>
    <message>
        <source>%1 Nor is it an NI PPPK (a contract civil servant&apos;s number): %2</source>
        <translation>%1 Nomor ini juga bukan NI PPPK (nomor induk pegawai pemerintah dengan perjanjian kerja): %2</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file was named to write.</source>
        <translation>Tidak ada nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>%1 is the data file that is open; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 adalah berkas data yang sedang dibuka; menulis ke sana akan merusaknya. Tidak ada yang ditulis: pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 is a link to the data file %2 that is open; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 adalah tautan ke berkas data %2 yang sedang dibuka; menulis ke sana akan merusaknya. Tidak ada yang ditulis: pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 belongs to the data file %2 that is open (its journal or its lock). Nothing was written: choose another file.</source>
        <translation>%1 adalah bagian dari berkas data %2 yang sedang dibuka (jurnal atau kuncinya). Tidak ada yang ditulis: pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 is in the backups folder of the data file %2, which holds only its backups. Nothing was written: choose another folder.</source>
        <translation>%1 berada di folder cadangan berkas data %2, yang hanya berisi cadangannya. Tidak ada yang ditulis: pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the file to write.</source>
        <translation>%1 adalah folder: tuliskan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe). Nothing was written: choose another file.</source>
        <translation>%1 bukan berkas biasa (perangkat atau pipa). Tidak ada yang ditulis: pilih berkas lain.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written, and nothing was left in its place. Make room on the disk, then try again.</source>
        <translation>Disk penuh: %1 tidak ditulis, dan tidak ada berkas yang tertinggal di tempatnya. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk or the folder is read-only. Nothing was written.</source>
        <translation>%1 tidak dapat ditulis: disk atau foldernya hanya dapat dibaca. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 cannot be written: there is no permission to write in its folder. Nothing was written.</source>
        <translation>%1 tidak dapat ditulis: tidak ada izin untuk menulis di foldernya. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist.</source>
        <translation>%1 tidak dapat ditulis: foldernya tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk could not be written (input/output error). Nothing was left in its place.</source>
        <translation>%1 tidak dapat ditulis: disk tidak dapat ditulisi (galat masukan/keluaran). Tidak ada berkas yang tertinggal di tempatnya.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the name is too long.</source>
        <translation>%1 tidak dapat ditulis: namanya terlalu panjang.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 tidak ditulis.</translation>
    </message>
    <message>
        <source>%1 could not be written whole; nothing was left in its place.</source>
        <translation>%1 tidak dapat ditulis utuh; tidak ada berkas yang tertinggal di tempatnya.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>%1 is not text</source>
        <translation>%1 bukan teks</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 melebihi %2 karakter</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>%1 has an unknown code: %2</source>
        <translation>%1 memuat kode yang tidak dikenal: %2</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 bukan tanggal</translation>
    </message>
    <message>
        <source>%1 is not a valid date: %2</source>
        <translation>%1 bukan tanggal yang sah: %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 bukan angka</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>%1 is neither 0 nor 1</source>
        <translation>%1 bukan 0 atau 1</translation>
    </message>
    <message>
        <source>%1 has an unknown type</source>
        <translation>%1 memiliki jenis yang tidak dikenal</translation>
    </message>
    <message>
        <source>The package is larger than %1 MiB.</source>
        <translation>Ukuran paket data melebihi %1 MiB.</translation>
    </message>
    <message>
        <source>This is not a Netra package.</source>
        <translation>Berkas ini bukan paket data Netra.</translation>
    </message>
    <message>
        <source>The package has format version %1, which this program does not know (it reads version %2).</source>
        <translation>Paket data menggunakan versi format %1 yang tidak dikenal oleh program ini (program ini membaca versi %2).</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is missing or too large.</source>
        <translation>Manifes paket data tidak ada atau terlalu besar.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is damaged.</source>
        <translation>Manifes paket data rusak.</translation>
    </message>
    <message>
        <source>The package is truncated or has extra bytes: its manifest does not match its size.</source>
        <translation>Paket data terpotong atau memuat bita tambahan: manifesnya tidak sesuai dengan ukurannya.</translation>
    </message>
    <message>
        <source>The package is damaged or was altered: its content does not match its SHA-256.</source>
        <translation>Paket data rusak atau telah diubah: isinya tidak sesuai dengan nilai SHA-256-nya.</translation>
    </message>
    <message>
        <source>The package&apos;s office is too long.</source>
        <translation>Nama kantor pada paket data terlalu panjang.</translation>
    </message>
    <message>
        <source>The package&apos;s creation time is not valid.</source>
        <translation>Waktu pembuatan paket data tidak sah.</translation>
    </message>
    <message>
        <source>The package&apos;s content is damaged.</source>
        <translation>Isi paket data rusak.</translation>
    </message>
    <message>
        <source>The package holds an unknown table: %1</source>
        <translation>Paket data memuat tabel yang tidak dikenal: %1</translation>
    </message>
    <message>
        <source>The package has no list of %1.</source>
        <translation>Paket data tidak memuat daftar %1.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest counts %1 %2, but it holds %3.</source>
        <translation>Manifes paket data mencatat %1 %2, tetapi paket data memuat %3.</translation>
    </message>
    <message>
        <source>The package holds more than %1 %2.</source>
        <translation>Paket data memuat lebih dari %1 %2.</translation>
    </message>
    <message>
        <source>The package holds attachments its manifest says it leaves out.</source>
        <translation>Paket data memuat lampiran, padahal manifesnya menyatakan lampiran tidak disertakan.</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>bukan rekaman</translation>
    </message>
    <message>
        <source>the UUID is not valid</source>
        <translation>UUID tidak sah</translation>
    </message>
    <message>
        <source>the UUID %1 appears twice</source>
        <translation>UUID %1 muncul dua kali</translation>
    </message>
    <message>
        <source>the update time is not valid</source>
        <translation>waktu pembaruan tidak sah</translation>
    </message>
    <message>
        <source>its parent (%1) is not in the package</source>
        <translation>induknya (%1) tidak terdapat dalam paket data</translation>
    </message>
    <message>
        <source>the person it refers to is not in the package</source>
        <translation>pihak yang dirujuk tidak terdapat dalam paket data</translation>
    </message>
    <message>
        <source>it has missing or unknown fields</source>
        <translation>ada kolom yang tidak ada atau tidak dikenal</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>unknown regency code</source>
        <translation>kode kabupaten/kota tidak dikenal</translation>
    </message>
    <message>
        <source>the case number %1 appears twice</source>
        <translation>nomor kasus %1 muncul dua kali</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; is not a plain file name</source>
        <translation>nama lampiran &quot;%1&quot; bukan nama berkas biasa</translation>
    </message>
    <message>
        <source>the attachment&apos;s size does not fit the package</source>
        <translation>ukuran lampiran tidak sesuai dengan paket data</translation>
    </message>
    <message>
        <source>the attachment &quot;%1&quot; does not match its SHA-256</source>
        <translation>lampiran &quot;%1&quot; tidak sesuai dengan nilai SHA-256-nya</translation>
    </message>
    <message>
        <source>The package holds attachment bytes that belong to no attachment.</source>
        <translation>Paket data memuat bita lampiran yang bukan milik lampiran mana pun.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has missing or unknown counts.</source>
        <translation>Manifes paket data memuat jumlah yang tidak ada atau tidak dikenal.</translation>
    </message>
    <message>
        <source>its case %1 has more than %2 persons; a case holds at most %2</source>
        <translation>kasusnya, %1, memuat lebih dari %2 orang; satu kasus memuat paling banyak %2 orang</translation>
    </message>
    <message>
        <source>The package&apos;s records are larger than %1 MiB, more than this program reads from one package. Ask for a package of fewer cases: one regency, or a shorter period.</source>
        <translation>Data dalam paket lebih dari %1 MiB, melebihi yang dapat dibaca program ini dari satu paket. Mintalah paket dengan lebih sedikit kasus: satu kabupaten/kota, atau periode yang lebih pendek.</translation>
    </message>
    <message>
        <source>The package would hold at least %1 MiB, more than the %2 MiB of records and %3 MiB in all a package may hold; nothing was written. Choose fewer cases: one regency, or a shorter period.</source>
        <translation>Paket akan berisi sedikitnya %1 MiB, melebihi batas %2 MiB data dan %3 MiB seluruhnya untuk satu paket; tidak ada yang ditulis. Pilih lebih sedikit kasus: satu kabupaten/kota, atau periode yang lebih pendek.</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export package</source>
        <translation>Ekspor paket data</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <source>and</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>Sertakan lampiran</translation>
    </message>
    <message>
        <source>With the identities of confidential reporters</source>
        <translation>Sertakan identitas pelapor yang dirahasiakan</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Netra packages (*.netrapkg)</source>
        <translation>Paket data Netra (*.netrapkg)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 kasus ditulis ke %2.</translation>
    </message>
    <message>
        <source>Reading the cases for the package…</source>
        <translation>Membaca kasus untuk paket…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>All regencies and cities</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>Regency/city:</source>
        <translation>Kabupaten/kota:</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Impor paket data</translation>
    </message>
    <message>
        <source>Netra packages (*.netrapkg);;All files (*)</source>
        <translation>Paket data Netra (*.netrapkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflik:</translation>
    </message>
    <message>
        <source>Decide for each record</source>
        <translation>Putuskan untuk setiap rekaman</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Pertahankan milik berkas ini untuk semua</translation>
    </message>
    <message>
        <source>Take theirs for all</source>
        <translation>Ambil dari paket untuk semua</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Berbeda pada</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>The package is refused: %1</source>
        <translation>Paket data ditolak: %1</translation>
    </message>
    <message>
        <source>From %1 (%2), made %3.</source>
        <translation>Dari %1 (%2), dibuat %3.</translation>
    </message>
    <message>
        <source>Leave unsettled</source>
        <translation>Biarkan belum diselesaikan</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pertahankan milik berkas ini</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ambil dari paket</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Tidak ada yang ditulis: %1</translation>
    </message>
    <message>
        <source>Applied: %1 records added, %2 updated, %3 conflicts left unsettled.</source>
        <translation>Diterapkan: %1 rekaman ditambahkan, %2 diperbarui, %3 konflik belum diselesaikan.</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Evidence and attachments</source>
        <translation>Bukti dan lampiran</translation>
    </message>
    <message>
        <source>Clarification hearings</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Persons invited to hearings</source>
        <translation>Pihak yang diundang klarifikasi</translation>
    </message>
    <message>
        <source>Questions and answers of the minutes</source>
        <translation>Tanya jawab berita acara</translation>
    </message>
    <message>
        <source>Addenda to the minutes</source>
        <translation>Adendum berita acara</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Kegiatan pencegahan</translation>
    </message>
    <message>
        <source>Supervision leads</source>
        <translation>Informasi awal</translation>
    </message>
    <message>
        <source>From %1, made %2.</source>
        <translation>Dari %1, dibuat %2.</translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Rekaman tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The case number %1 of the package is already used by another case in this file (%2); nothing was imported.</source>
        <translation>Nomor kasus %1 dari paket data sudah digunakan oleh kasus lain dalam berkas ini (%2); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The package could not be imported (%1): %2; nothing was written.</source>
        <translation>Paket data tidak dapat diimpor (%1): %2; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>its parent is missing</source>
        <translation>induknya tidak ada</translation>
    </message>
    <message>
        <source>Package export</source>
        <translation>Ekspor paket data</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang ditulis.</translation>
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
    <name>PpkRecord</name>
    <message>
        <source>Regent</source>
        <translation>Bupati</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Wali Kota</translation>
    </message>
    <message>
        <source>Governor</source>
        <translation>Gubernur</translation>
    </message>
    <message>
        <source>Minister or head of agency</source>
        <translation>Menteri atau kepala lembaga</translation>
    </message>
    <message numerus="yes">
        <source>There is no PPK ranked %1: the record has %n PPK(s).</source>
        <translation>
            <numerusform>Tidak ada PPK di peringkat %1: daftar kepatuhan memuat %n PPK.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than one PPK is named %1: give its rank in the record instead.</source>
        <translation>Lebih dari satu PPK bernama %1: sebutkan peringkatnya dalam daftar kepatuhan.</translation>
    </message>
    <message>
        <source>No PPK named %1 in the record.</source>
        <translation>Tidak ada PPK bernama %1 dalam daftar kepatuhan.</translation>
    </message>
</context>
<context>
    <name>PpkRecordXlsx</name>
    <message>
        <source>PPKs&apos; record</source>
        <translation>Kepatuhan PPK</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
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
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kind (code)</source>
        <translation>Jenis (kode)</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Rekomendasi diterima</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Followed up, another sanction</source>
        <translation>Ditindaklanjuti dengan sanksi lain</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Awaiting PPK</source>
        <translation>Menunggu PPK</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>Tingkat tindak lanjut</translation>
    </message>
    <message>
        <source>Median days to follow up</source>
        <translation>Median hari sampai ditindaklanjuti</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>The document could not be started on this printer or file.</source>
        <translation>Dokumen tidak dapat mulai dicetak pada pencetak atau berkas ini.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Pencetak menolak halaman baru.</translation>
    </message>
    <message>
        <source>The editable copy could not be made.</source>
        <translation>Salinan yang dapat disunting tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The editable copy could not be written to %1.</source>
        <translation>Salinan yang dapat disunting tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled; no document was written.</source>
        <translation>Pencetakan dibatalkan; tidak ada dokumen yang ditulis.</translation>
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
    <message>
        <source>Decided on a date that is unknown: %1</source>
        <translation>Diputuskan pada tanggal yang tidak diketahui: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Catat pencabutan</translation>
    </message>
    <message>
        <source>Start clarification</source>
        <translation>Mulai klarifikasi</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Mulai kajian</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 paling lambat %2 (%3)</translation>
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
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>This is the recovery key of %1. It is shown only now. Write it down or save it as a PDF and print it, and keep it in the office safe: when no coordinator who holds the key to the confidential identities is left, it gives a coordinator that key (netra-cli keys). Whoever has it can read the identities: keep it locked away.</source>
        <translation>Ini kunci pemulihan %1. Kunci ini hanya ditampilkan sekarang. Catat atau simpan sebagai PDF lalu cetak, dan simpan di brankas kantor: bila tidak ada lagi koordinator yang memegang kunci identitas yang dirahasiakan, kunci ini memberikan kunci tersebut kepada seorang koordinator (netra-cli keys). Siapa pun yang memegangnya dapat membaca identitas: simpan dalam keadaan terkunci.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Simpan sebagai &amp;PDF...</translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation>Sudah saya &amp;simpan</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Simpan kunci pemulihan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1. Print it and delete the file.</source>
        <translation>Disimpan di %1. Cetak, lalu hapus berkasnya.</translation>
    </message>
    <message>
        <source>Recovery key of the data file %1</source>
        <translation>Kunci pemulihan berkas data %1</translation>
    </message>
    <message>
        <source>Keep this sheet in the office safe. It gives a coordinator the key to the confidential identities when no coordinator who holds it is left (netra-cli keys FILE --grant LOGIN --recovery-key-file FILE).</source>
        <translation>Simpan lembar ini di brankas kantor. Lembar ini memberikan kunci identitas yang dirahasiakan kepada seorang koordinator bila tidak ada lagi koordinator yang memegangnya (netra-cli keys BERKAS --grant LOGIN --recovery-key-file BERKAS).</translation>
    </message>
    <message>
        <source>Encrypting confidential identities</source>
        <translation>Mengenkripsi identitas yang dirahasiakan</translation>
    </message>
    <message>
        <source>This data file keeps the identities of confidential reporters in clear. Netra now encrypts them: only coordinators will be able to open them, with their password. This takes a moment on a large file. Then a recovery key is shown once: keep it in the office safe.</source>
        <translation>Berkas data ini menyimpan identitas pelapor yang dirahasiakan tanpa enkripsi. Netra sekarang mengenkripsinya: hanya koordinator yang dapat membukanya, dengan kata sandinya. Pada berkas yang besar ini memerlukan beberapa saat. Setelah itu kunci pemulihan ditampilkan sekali: simpan di brankas kantor.</translation>
    </message>
    <message>
        <source>The identities could not be encrypted; the file is as it was. %1</source>
        <translation>Identitas tidak dapat dienkripsi; berkas tetap seperti semula. %1</translation>
    </message>
</context>
<context>
    <name>RegisterCsv</name>
    <message>
        <source>A quoted field starting on this line is never closed.</source>
        <translation>Isian bertanda kutip yang dimulai pada baris ini tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>The column %1 is required and is empty.</source>
        <translation>Kolom %1 wajib diisi, tetapi kosong.</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot; in %2.</source>
        <translation>Kode &quot;%1&quot; pada %2 tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown regency code &quot;%1&quot;.</source>
        <translation>Kode kabupaten/kota &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ya or tidak.</source>
        <translation>&quot;%1&quot; bukan ya atau tidak.</translation>
    </message>
    <message>
        <source>The NIP %1 is not valid: %2</source>
        <translation>NIP %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).</source>
        <translation>&quot;%1&quot; bukan tanggal yang sah (YYYY-MM-DD, DD/MM/YYYY, atau DD-MM-YYYY).</translation>
    </message>
    <message>
        <source>%1 (%2) is after the day of the import (%3).</source>
        <translation>%1 (%2) melampaui tanggal impor (%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) mendahului %3 (%4).</translation>
    </message>
    <message>
        <source>A case with status %1 needs its registration date.</source>
        <translation>Kasus berstatus %1 wajib memiliki tanggal registrasi.</translation>
    </message>
    <message>
        <source>A case with status %1 was never registered and has no registration date.</source>
        <translation>Kasus berstatus %1 tidak pernah diregistrasi sehingga tidak memiliki tanggal registrasi.</translation>
    </message>
    <message>
        <source>A case with status %1 needs the date of its decision.</source>
        <translation>Kasus berstatus %1 wajib memiliki tanggal putusan.</translation>
    </message>
    <message>
        <source>A case with status %1 is not decided and has no decision date.</source>
        <translation>Kasus berstatus %1 belum diputus sehingga tidak memiliki tanggal putusan.</translation>
    </message>
    <message>
        <source>Only a forwarded case has a recommendation and a follow-up; this one is %1.</source>
        <translation>Hanya kasus yang diteruskan yang memiliki rekomendasi dan tindak lanjut; kasus ini berstatus %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it is not read.</source>
        <translation>Ukuran berkas melebihi %1 MiB; berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Berkas bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The header has more than %1 columns.</source>
        <translation>Baris judul memuat lebih dari %1 kolom.</translation>
    </message>
    <message>
        <source>The header cannot be read: %1</source>
        <translation>Baris judul tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>a column name is too long.</source>
        <translation>ada nama kolom yang terlalu panjang.</translation>
    </message>
    <message>
        <source>The first row names none of the register&apos;s columns (%1, ...); this is not a case register.</source>
        <translation>Baris pertama tidak memuat satu pun kolom register (%1, ...); berkas ini bukan register kasus.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; it is not read.</source>
        <translation>Berkas memuat lebih dari %1 baris; berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>The field is longer than %1 characters.</source>
        <translation>Isian melebihi %1 karakter.</translation>
    </message>
    <message>
        <source>The row has more than %1 fields.</source>
        <translation>Baris memuat lebih dari %1 isian.</translation>
    </message>
    <message>
        <source>The row has more fields than the header has columns.</source>
        <translation>Jumlah isian pada baris melebihi jumlah kolom pada baris judul.</translation>
    </message>
    <message>
        <source>%1 differs from line %2 of the same case.</source>
        <translation>%1 berbeda dengan baris %2 dari kasus yang sama.</translation>
    </message>
    <message>
        <source>Refused with the other rows of case %1.</source>
        <translation>Ditolak bersama baris lain dari kasus %1.</translation>
    </message>
    <message>
        <source>Case %1 has more than %2 persons reported; a case holds at most %2.</source>
        <translation>Kasus %1 memuat lebih dari %2 terlapor; satu kasus memuat paling banyak %2 orang.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>XLSX register export</source>
        <translation>Ekspor register XLSX</translation>
    </message>
    <message>
        <source>CSV register export</source>
        <translation>Ekspor register CSV</translation>
    </message>
    <message>
        <source>The register could not be written: %1</source>
        <translation>Register tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Brought in from a CSV register, which does not record the reason.</source>
        <translation>Dimasukkan dari register CSV yang tidak mencatat alasannya.</translation>
    </message>
    <message>
        <source>No procedure applies to a %1 case received on %2.</source>
        <translation>Tidak ada prosedur yang berlaku untuk kasus %1 yang diterima pada %2.</translation>
    </message>
    <message>
        <source>The case cannot be brought to status %1: %2</source>
        <translation>Kasus tidak dapat dibawa ke status %1: %2</translation>
    </message>
    <message>
        <source>The cases could not be saved: %1</source>
        <translation>Kasus tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Pulihkan...</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>Berkas &amp;lain...</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. Netra makes one when it closes and once a day while it is open; another file can be chosen with Other file.</source>
        <translation>Belum ada cadangan %1 di %2. Netra membuat cadangan saat ditutup dan sekali sehari selama terbuka; berkas lain dapat dipilih dengan Berkas lain.</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. The backup chosen takes the place of the data file; the current file is kept beside it.</source>
        <translation>Cadangan %1 di %2, yang terbaru lebih dahulu. Cadangan yang dipilih menggantikan berkas data; berkas saat ini disimpan di sebelahnya.</translation>
    </message>
    <message>
        <source>Netra data files (*.netra)</source>
        <translation>Berkas data Netra (*.netra)</translation>
    </message>
    <message>
        <source>Restore the backup %1 (saved on %2)?</source>
        <translation>Pulihkan cadangan %1 (disimpan pada %2)?</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (%2 cases)?</source>
        <translation>Pulihkan cadangan yang dibuat pada %1 (%2 kasus)?</translation>
    </message>
    <message>
        <source>What was recorded in %1 after that backup will no longer be in it. The current file is kept beside it under the name %2.before-restore-…, and the case windows are closed.</source>
        <translation>Data yang dicatat di %1 setelah cadangan itu dibuat tidak akan ada lagi di dalamnya. Berkas saat ini disimpan di sebelahnya dengan nama %2.before-restore-…, dan jendela kasus ditutup.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Name and address of the reporter</source>
        <translation>Nama dan alamat pelapor</translation>
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
    <message>
        <source>The person reported is named</source>
        <translation>Identitas terlapor disebutkan</translation>
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
    <name>Scope</name>
    <message>
        <source>%1 is no scope: give a regency&apos;s code (3311), a province&apos;s (33) or national.</source>
        <translation>%1 bukan cakupan: berikan kode kabupaten/kota (3311), kode provinsi (33) atau national.</translation>
    </message>
    <message>
        <source>the whole country</source>
        <translation>seluruh Indonesia</translation>
    </message>
    <message>
        <source>This office&apos;s store (no scope)</source>
        <translation>Basis data kantor ini (tanpa cakupan)</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>The server refused: only an administrator whose scope covers the user&apos;s manages their account.</source>
        <translation>Server menolak: akun pengguna hanya dikelola administrator yang cakupannya meliputi cakupan pengguna itu.</translation>
    </message>
    <message>
        <source>The server already has an account named %1; choose another user name.</source>
        <translation>Server sudah memiliki akun bernama %1; pilih nama pengguna lain.</translation>
    </message>
    <message>
        <source>This server store does not keep accounts per user.</source>
        <translation>Penyimpanan di server ini tidak menyimpan akun per pengguna.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>The PostgreSQL server lacks the extensions unaccent and citext that Netra&apos;s search and logins need. Install the Debian package postgresql-contrib on the server (apt install postgresql-contrib), then run init again. Nothing was changed.</source>
        <translation>Server PostgreSQL tidak memiliki ekstensi unaccent dan citext yang diperlukan pencarian dan nama pengguna Netra. Pasang paket Debian postgresql-contrib di server (apt install postgresql-contrib), lalu jalankan init lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the server&apos;s maintenance database postgres, where it would be created, cannot be opened: %2</source>
        <translation>Basis data %1 tidak ada, dan basis data pemeliharaan server, postgres, tempat basis data itu akan dibuat, tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the account %2 may not create databases on this server (it needs CREATEDB). Ask the server&apos;s administrator to create it for %2 (sudo -u postgres createdb -O %2 %3), or set up the server with scripts/server-setup.sh. Nothing was changed.</source>
        <translation>Basis data %1 tidak ada, dan akun %2 tidak berwenang membuat basis data di server ini (perlu CREATEDB). Mintalah administrator server membuatnya untuk %2 (sudo -u postgres createdb -O %2 %3), atau siapkan server dengan scripts/server-setup.sh. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Basis data %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>The database %1, created for the store, could not be removed again: %2</source>
        <translation>Basis data %1, yang dibuat untuk penyimpanan ini, tidak dapat dihapus lagi: %2</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>%1 bukan alamat server. Tuliskan sebagai postgresql://pengguna@host:5432/basisdata.</translation>
    </message>
    <message>
        <source>%1 names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>%1 tidak menyebutkan basis data. Tuliskan sebagai postgresql://pengguna@host:5432/basisdata.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. This change was not saved; what was saved before is intact on the server. Connect again, then save again.</source>
        <translation>Sambungan ke server terputus. Perubahan ini tidak tersimpan; data yang tersimpan sebelumnya tetap utuh di server. Sambungkan kembali, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing more can be saved until its administrator makes room. What was saved before is intact.</source>
        <translation>Disk server penuh: tidak ada lagi yang dapat disimpan sampai administratornya mengosongkan ruang. Data yang tersimpan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <source>This server store is open read-only, so nothing can be saved into it.</source>
        <translation>Penyimpanan server ini dibuka hanya-baca, sehingga tidak ada yang dapat disimpan ke dalamnya.</translation>
    </message>
    <message>
        <source>The server refused this change: your database account may not make it (%1).</source>
        <translation>Server menolak perubahan ini: akun basis data Anda tidak berwenang membuatnya (%1).</translation>
    </message>
    <message>
        <source>Someone else was saving the same records at the same moment. Nothing was saved; save again.</source>
        <translation>Pengguna lain sedang menyimpan data yang sama pada saat yang sama. Tidak ada yang tersimpan; simpan lagi.</translation>
    </message>
    <message>
        <source>The server refused a part of this change, so none of it was saved. What was saved before is intact on the server.</source>
        <translation>Server menolak sebagian perubahan ini, sehingga tidak ada bagian yang tersimpan. Yang tersimpan sebelumnya tetap utuh di server.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>komputer ini</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <source>Office (letterhead):</source>
        <translation>Nama kantor (kop surat):</translation>
    </message>
    <message>
        <source>BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO</source>
        <translation>BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>City on letters:</source>
        <translation>Kota pada surat:</translation>
    </message>
    <message>
        <source>Sukoharjo</source>
        <translation>Sukoharjo</translation>
    </message>
    <message>
        <source>Office code in numbers:</source>
        <translation>Kode kantor pada nomor:</translation>
    </message>
    <message>
        <source>33.11</source>
        <translation>33.11</translation>
    </message>
    <message>
        <source>Level in numbers:</source>
        <translation>Tingkatan pada nomor:</translation>
    </message>
    <message>
        <source>Kab, Prov or RI</source>
        <translation>Kab, Prov, atau RI</translation>
    </message>
    <message>
        <source>Receipt number pattern:</source>
        <translation>Pola nomor penerimaan:</translation>
    </message>
    <message>
        <source>Registration number pattern:</source>
        <translation>Pola nomor registrasi:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Example numbers: %1</source>
        <translation>Contoh nomor: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
    <message>
        <source>Netra makes a backup when it closes and once a day while it is open, in %1; the oldest beyond this number are deleted.</source>
        <translation>Netra membuat cadangan saat ditutup dan sekali sehari selama terbuka, di %1; cadangan terlama yang melebihi jumlah ini dihapus.</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Jumlah cadangan disimpan:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>street, town</source>
        <translation>jalan, kota</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Pos-el:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Laman:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>%1 is not an image Netra can read.</source>
        <translation>%1 bukan gambar yang dapat dibaca Netra.</translation>
    </message>
    <message>
        <source>Logo (kept in the data file):</source>
        <translation>Logo (disimpan di dalam berkas data):</translation>
    </message>
    <message>
        <source>Every time printed (invitations, minutes) is in this zone, whatever the computer&apos;s own</source>
        <translation>Setiap waktu yang dicetak (undangan, berita acara) memakai zona ini, apa pun zona waktu komputer</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <source>Letter number pattern:</source>
        <translation>Pola nomor surat:</translation>
    </message>
    <message>
        <source>{seq:3}/PP.01.02/K.JT-11/{month}/{year}</source>
        <translation>{seq:3}/PP.01.02/K.JT-11/{month}/{year}</translation>
    </message>
    <message>
        <source>Pattern tokens: {seq} or {seq:3}, {kind}, {election}, {level}, {office}, {month} (Roman), {mm}, {year}. Letters have their own sequence each year and take their number when issued.</source>
        <translation>Penanda pola: {seq} atau {seq:3}, {kind}, {election}, {level}, {office}, {month} (angka Romawi), {mm}, {year}. Surat memiliki urutan sendiri setiap tahun dan mendapat nomor saat diterbitkan.</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Chair (Ketua):</source>
        <translation>Ketua:</translation>
    </message>
    <message>
        <source>Chair&apos;s NIP (if any):</source>
        <translation>NIP Ketua (jika ada):</translation>
    </message>
    <message>
        <source>Coordinator of the division for violations:</source>
        <translation>Koordinator Divisi Penanganan Pelanggaran:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s NIP (if any):</source>
        <translation>NIP Koordinator (jika ada):</translation>
    </message>
    <message>
        <source>One member a line; a NIP after a semicolon</source>
        <translation>Satu anggota per baris; NIP setelah titik koma</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <source>Invitation signed by:</source>
        <translation>Undangan ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Second invitation signed by:</source>
        <translation>Undangan kedua ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Status notice signed by:</source>
        <translation>Pemberitahuan status ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Forwarding letter signed by:</source>
        <translation>Surat penerusan ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Letter to a PPK signed by:</source>
        <translation>Surat kepada PPK ditandatangani oleh:</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>The coordinator, on behalf of the chair (a.n.)</source>
        <translation>Koordinator, atas nama Ketua (a.n.)</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(tanpa logo)</translation>
    </message>
    <message>
        <source>Example letter number: %1</source>
        <translation>Contoh nomor surat: %1</translation>
    </message>
    <message>
        <source>Appeal letter signed by:</source>
        <translation>Surat imbauan ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Track record certificate signed by:</source>
        <translation>Surat keterangan rekam jejak ditandatangani oleh:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Same as the province</source>
        <translation>Mengikuti provinsi</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>Kunci setelah tidak digunakan:</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The office&apos;s time zone is WIB, WITA or WIT (empty: from its province); %1 is not one.</source>
        <translation>Zona waktu kantor adalah WIB, WITA, atau WIT (kosong: mengikuti provinsinya); %1 bukan salah satunya.</translation>
    </message>
    <message>
        <source>A letter is signed by ketua, koordinator or an_ketua (the coordinator on behalf of the chair); %1 is not one.</source>
        <translation>Surat ditandatangani oleh ketua, koordinator, atau an_ketua (koordinator atas nama ketua); %1 bukan salah satunya.</translation>
    </message>
    <message>
        <source>Between %1 and %2 backups are kept; %3 is not a number of them.</source>
        <translation>Cadangan yang disimpan antara %1 dan %2; %3 bukan jumlah yang sah.</translation>
    </message>
    <message>
        <source>The idle lock takes a number of minutes from 0 (never) to %1; %2 is not one.</source>
        <translation>Kunci saat tidak digunakan memerlukan jumlah menit dari 0 (tidak pernah) sampai %1; %2 bukan salah satunya.</translation>
    </message>
    <message>
        <source>The setting could not be stored: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>This is a field file, taken from %1: case and letter numbers are given only in the office&apos;s store. Receive, register or issue it there once the cases are brought back.</source>
        <translation>Ini berkas lapangan yang diambil dari %1: nomor kasus dan nomor surat hanya diberikan di penyimpanan data kantor. Terima, registrasi, atau terbitkan di sana setelah kasus dibawa kembali.</translation>
    </message>
</context>
<context>
    <name>StatusMachine</name>
    <message>
        <source>Only a received case can be registered or refused; this case&apos;s status is %1.</source>
        <translation>Hanya kasus berstatus Diterima yang dapat diregistrasi atau dinyatakan tidak diregistrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>A case needs at least one person reported before it is registered.</source>
        <translation>Kasus harus memiliki sekurang-kurangnya satu terlapor sebelum diregistrasi.</translation>
    </message>
    <message>
        <source>A report can be withdrawn only before registration; this case&apos;s status is %1.</source>
        <translation>Laporan hanya dapat dicabut sebelum registrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>Only a report can be withdrawn.</source>
        <translation>Hanya laporan yang dapat dicabut.</translation>
    </message>
    <message>
        <source>Clarification follows registration; this case&apos;s status is %1.</source>
        <translation>Klarifikasi dilakukan setelah registrasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>The analysis follows registration or clarification; this case&apos;s status is %1.</source>
        <translation>Kajian dilakukan setelah registrasi atau klarifikasi; saat ini kasus berstatus %1.</translation>
    </message>
    <message>
        <source>A decision follows the analysis; this case&apos;s status is %1.</source>
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
    <message>
        <source>The case is in clarification already: its hearings are in the Hearings tab.</source>
        <translation>Kasus sudah dalam tahap klarifikasi; jadwal dan berita acaranya ada di tab Klarifikasi.</translation>
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
    <message>
        <source>The forwarding letter takes the next number of the letter book when the step is saved.</source>
        <translation>Surat penerusan mengambil nomor berikutnya dari agenda surat keluar saat langkah ini disimpan.</translation>
    </message>
    <message>
        <source>The letter was sent &amp;outside Netra, with this number:</source>
        <translation>Surat dikirim di &amp;luar Netra, dengan nomor:</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 holds tables that are not Netra&apos;s (%2); it is not copied.</source>
        <translation>%1 memuat tabel yang bukan milik Netra (%2); penyimpanan ini tidak disalin.</translation>
    </message>
    <message>
        <source>The table %1 is missing from %2.</source>
        <translation>Tabel %1 tidak ada dalam %2.</translation>
    </message>
    <message>
        <source>The column %1.%2 of %3 has no place in %4.</source>
        <translation>Kolom %1.%2 dari %3 tidak ada tempatnya dalam %4.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the copy instead of %3.</source>
        <translation>Tabel %1 dalam salinan memuat %2 baris, seharusnya %3.</translation>
    </message>
    <message>
        <source>%1 exists already: a copy is written only into a new file. Nothing was changed.</source>
        <translation>%1 sudah ada: salinan hanya ditulis ke berkas baru. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A copy is written only into an empty database; %1 cannot take it: %2 Nothing was changed.</source>
        <translation>Salinan hanya ditulis ke basis data yang masih kosong; %1 tidak dapat menerimanya: %2 Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 is at data version %2 and this program at %3: open it once for writing with this Netra (netra, or a netra-cli command that writes) to bring it up to date, then copy it.</source>
        <translation>%1 berada pada versi data %2, sedangkan program ini pada versi %3: buka sekali untuk penulisan dengan Netra ini (netra, atau perintah netra-cli yang menulis) agar dimutakhirkan, lalu salin.</translation>
    </message>
    <message>
        <source>%1 cannot be copied while a change is being saved.</source>
        <translation>%1 tidak dapat disalin selagi perubahan sedang disimpan.</translation>
    </message>
    <message>
        <source>%1 could not be copied into %2: %3</source>
        <translation>%1 tidak dapat disalin ke %2: %3</translation>
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
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Unknown procedure profile %1.</source>
        <translation>Profil prosedur %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Procedure: %1 (%2)</source>
        <translation>Prosedur: %1 (%2)</translation>
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
    <message>
        <source>Clerks</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>Confidential identity shown</source>
        <translation>Identitas yang dirahasiakan ditampilkan</translation>
    </message>
    <message>
        <source>Clerks assigned</source>
        <translation>Notulis ditugaskan</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Keperluan: %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation>Penerimaan dikonfirmasi</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Kuasa hukum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Jumlah tanya jawab</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Reason for refusing to sign</source>
        <translation>Alasan menolak menandatangani</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Ditambahkan pada</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>%1 registered the case</source>
        <translation>%1 meregistrasi kasus</translation>
    </message>
    <message>
        <source>%1 decided not to register the case</source>
        <translation>%1 memutuskan kasus tidak diregistrasi</translation>
    </message>
    <message>
        <source>%1 recorded the report as withdrawn</source>
        <translation>%1 mencatat laporan dicabut</translation>
    </message>
    <message>
        <source>%1 started the clarification</source>
        <translation>%1 memulai klarifikasi</translation>
    </message>
    <message>
        <source>%1 started the analysis</source>
        <translation>%1 memulai kajian</translation>
    </message>
    <message>
        <source>%1 forwarded the case</source>
        <translation>%1 meneruskan kasus</translation>
    </message>
    <message>
        <source>%1 stopped the case</source>
        <translation>%1 menghentikan kasus</translation>
    </message>
    <message>
        <source>%1 extended the decision deadline</source>
        <translation>%1 memperpanjang batas waktu keputusan</translation>
    </message>
    <message>
        <source>%1 viewed the confidential identity</source>
        <translation>%1 membuka identitas yang dirahasiakan</translation>
    </message>
    <message>
        <source>%1 assigned the clerks</source>
        <translation>%1 menugaskan notulis</translation>
    </message>
    <message>
        <source>%1 recorded the case</source>
        <translation>%1 mencatat kasus</translation>
    </message>
    <message>
        <source>%1 deleted the case</source>
        <translation>%1 menghapus kasus</translation>
    </message>
    <message>
        <source>%1 edited the case</source>
        <translation>%1 mengubah data kasus</translation>
    </message>
    <message>
        <source>%1 added a person</source>
        <translation>%1 menambahkan orang</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 menambahkan %2</translation>
    </message>
    <message>
        <source>%1 removed a person</source>
        <translation>%1 menghapus orang</translation>
    </message>
    <message>
        <source>%1 edited a person</source>
        <translation>%1 mengubah data orang</translation>
    </message>
    <message>
        <source>%1 added evidence</source>
        <translation>%1 menambahkan bukti</translation>
    </message>
    <message>
        <source>%1 removed evidence</source>
        <translation>%1 menghapus bukti</translation>
    </message>
    <message>
        <source>%1 edited evidence</source>
        <translation>%1 mengubah bukti</translation>
    </message>
    <message>
        <source>%1 scheduled a hearing</source>
        <translation>%1 menjadwalkan klarifikasi</translation>
    </message>
    <message>
        <source>%1 removed a hearing</source>
        <translation>%1 menghapus jadwal klarifikasi</translation>
    </message>
    <message>
        <source>%1 changed a hearing</source>
        <translation>%1 mengubah jadwal klarifikasi</translation>
    </message>
    <message>
        <source>%1 invited a person to a hearing</source>
        <translation>%1 mengundang orang ke klarifikasi</translation>
    </message>
    <message>
        <source>%1 removed an invitation</source>
        <translation>%1 menghapus undangan</translation>
    </message>
    <message>
        <source>%1 signed the minutes</source>
        <translation>%1 menandatangani berita acara</translation>
    </message>
    <message>
        <source>%1 recorded a refusal to sign the minutes</source>
        <translation>%1 mencatat penolakan menandatangani berita acara</translation>
    </message>
    <message>
        <source>%1 wrote the minutes</source>
        <translation>%1 menulis berita acara</translation>
    </message>
    <message>
        <source>%1 recorded the attendance</source>
        <translation>%1 mencatat kehadiran</translation>
    </message>
    <message>
        <source>%1 changed an invitation</source>
        <translation>%1 mengubah undangan</translation>
    </message>
    <message>
        <source>%1 added an addendum to the minutes</source>
        <translation>%1 menambahkan addendum berita acara</translation>
    </message>
    <message>
        <source>%1 recorded a follow-up</source>
        <translation>%1 mencatat tindak lanjut</translation>
    </message>
    <message>
        <source>%1 removed a follow-up</source>
        <translation>%1 menghapus tindak lanjut</translation>
    </message>
    <message>
        <source>%1 edited a follow-up</source>
        <translation>%1 mengubah tindak lanjut</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>Persons in the case</source>
        <translation>Pihak dalam kasus</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Diterbitkan pada</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>Letter issued</source>
        <translation>Surat diterbitkan</translation>
    </message>
    <message>
        <source>Letter removed</source>
        <translation>Surat dihapus</translation>
    </message>
    <message>
        <source>Letter edited</source>
        <translation>Surat diubah</translation>
    </message>
    <message>
        <source>%1 issued the letter %2</source>
        <translation>%1 menerbitkan surat %2</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>pelapor</translation>
    </message>
    <message>
        <source>a person reported</source>
        <translation>terlapor</translation>
    </message>
    <message>
        <source>a witness</source>
        <translation>saksi</translation>
    </message>
    <message>
        <source>an expert</source>
        <translation>ahli</translation>
    </message>
    <message>
        <source>%1 recorded a refusal to sign the minutes of %2</source>
        <translation>%1 mencatat penolakan %2 menandatangani berita acara</translation>
    </message>
    <message>
        <source>%1 signed the minutes of %2</source>
        <translation>%1 menandatangani berita acara %2</translation>
    </message>
    <message>
        <source>%1 invited %2 to a hearing</source>
        <translation>%1 mengundang %2 ke klarifikasi</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
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
    <message numerus="yes">
        <source>%n more: show all in the register</source>
        <translation>
            <numerusform>%n lainnya: lihat di register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackRecord</name>
    <message>
        <source>Violation proved</source>
        <translation>Terbukti melanggar</translation>
    </message>
    <message>
        <source>Not proved</source>
        <translation>Tidak terbukti</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputus</translation>
    </message>
</context>
<context>
    <name>TrackRecordDialog</name>
    <message>
        <source>Track record</source>
        <translation>Rekam jejak</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19860926 201505 1 001</source>
        <translation>18 digit, mis. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Without a NIP: the persons reported by this name</source>
        <translation>Tanpa NIP: terlapor dengan nama ini</translation>
    </message>
    <message>
        <source>Required and logged, e.g. open selection for the regional secretary 2025</source>
        <translation>Wajib diisi dan dicatat, mis. seleksi terbuka Sekretaris Daerah 2025</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Telusuri</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ama:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Keperluan:</translation>
    </message>
    <message>
        <source>Given &amp;to:</source>
        <translation>&amp;Diberikan kepada:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tgl. diterima</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanksi yang dijatuhkan</translation>
    </message>
    <message>
        <source>Double-click a person found by name to look up their NIP.</source>
        <translation>Klik dua kali orang yang ditemukan menurut nama untuk menelusuri NIP-nya.</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Cetak surat keterangan…</translation>
    </message>
    <message>
        <source>The certificate for the selection committee (surat keterangan rekam jejak), issued with the next number of the letter book and saved as a PDF.</source>
        <translation>Surat keterangan rekam jejak untuk panitia seleksi, diterbitkan dengan nomor berikutnya dari agenda surat keluar dan disimpan sebagai PDF.</translation>
    </message>
    <message>
        <source>The track record cannot be looked up</source>
        <translation>Rekam jejak tidak dapat ditelusuri</translation>
    </message>
    <message>
        <source>Not followed up yet</source>
        <translation>Belum ditindaklanjuti</translation>
    </message>
    <message>
        <source>in this file</source>
        <translation>dalam berkas ini</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>No case is recorded for %1 %2: the certificate states that no violation of neutrality is recorded.</source>
        <translation>Tidak ada perkara yang tercatat untuk %1 %2: surat keterangan menerangkan bahwa tidak tercatat pelanggaran netralitas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is reported in %n case(s) %2 (%3). The look-up is logged with its purpose.</source>
        <translation>
            <numerusform>%1 tercatat sebagai terlapor dalam %n perkara %2 (%3). Penelusuran ini dicatat beserta keperluannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate is for one NIP: look the person up by NIP first.</source>
        <translation>Surat keterangan dibuat untuk satu NIP: telusuri dahulu orang tersebut menurut NIP.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Cetak surat keterangan</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF kertas A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on F4 paper (*.pdf)</source>
        <translation>PDF kertas F4 (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate cannot be printed</source>
        <translation>Surat keterangan tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>Surat keterangan disimpan di %1.</translation>
    </message>
    <message>
        <source>The NIP of a civil servant (PNS) or the NI PPPK of a contract civil servant: 18 digits, spaces allowed.</source>
        <translation>NIP pegawai negeri sipil (PNS) atau NI PPPK pegawai pemerintah dengan perjanjian kerja: 18 digit, boleh berspasi.</translation>
    </message>
</context>
<context>
    <name>TrackRecordRepository</name>
    <message>
        <source>%1 is not a valid NIP: %2</source>
        <translation>%1 bukan NIP yang sah: %2</translation>
    </message>
    <message>
        <source>Give the NIP of the person, or at least three letters of the name.</source>
        <translation>Isikan NIP orang tersebut, atau sekurang-kurangnya tiga huruf namanya.</translation>
    </message>
    <message>
        <source>Say why the track record is looked up (at least %1 characters): every look-up is logged with its purpose.</source>
        <translation>Sebutkan keperluan penelusuran rekam jejak (sekurang-kurangnya %1 karakter): setiap penelusuran dicatat beserta keperluannya.</translation>
    </message>
    <message>
        <source>The track record could not be read: %1</source>
        <translation>Rekam jejak tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The look-up could not be logged, so the record is not shown: %1</source>
        <translation>Penelusuran tidak dapat dicatat, sehingga rekam jejak tidak ditampilkan: %1</translation>
    </message>
</context>
<context>
    <name>TrailCheck</name>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (pengguna %2)</translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1 (kasus %2)</translation>
    </message>
    <message>
        <source>Table %1, record %2: the field %3 differs from its last value in the change log; it was changed outside Netra.</source>
        <translation>Tabel %1, rekaman %2: kolom %3 berbeda dari nilai terakhirnya di riwayat perubahan; kolom itu diubah di luar Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2: the field %3 is &quot;%4&quot; but the change log last gave it &quot;%5&quot;; it was changed outside Netra.</source>
        <translation>Tabel %1, rekaman %2: kolom %3 berisi &quot;%4&quot;, padahal nilai terakhirnya di riwayat perubahan &quot;%5&quot;; kolom itu diubah di luar Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is not in the change log; it was added outside Netra.</source>
        <translation>Tabel %1, rekaman %2 tidak ada di riwayat perubahan; rekaman itu ditambahkan di luar Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is in the change log but no longer in the file; it was removed outside Netra.</source>
        <translation>Tabel %1, rekaman %2 ada di riwayat perubahan tetapi tidak ada lagi di berkas; rekaman itu dihapus di luar Netra.</translation>
    </message>
    <message>
        <source>Table %1, record %2 is in the file although the change log records its removal.</source>
        <translation>Tabel %1, rekaman %2 ada di berkas padahal riwayat perubahan mencatat penghapusannya.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not part of Netra&apos;s schema; it was added outside Netra.</source>
        <translation>Objek skema %1 &quot;%2&quot; bukan bagian dari skema Netra; objek itu ditambahkan di luar Netra.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; differs from Netra&apos;s schema; it was changed outside Netra.</source>
        <translation>Objek skema %1 &quot;%2&quot; berbeda dari skema Netra; objek itu diubah di luar Netra.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of Netra&apos;s schema is missing.</source>
        <translation>Objek skema %1 &quot;%2&quot; milik skema Netra tidak ada.</translation>
    </message>
    <message>
        <source>The %1 carries no head of the change log (it was made by an earlier version of Netra); history cannot be compared.</source>
        <translation>Ujung riwayat perubahan tidak ada di %1 ini (dibuat oleh versi Netra yang lebih lama); riwayat tidak dapat dibandingkan.</translation>
    </message>
    <message numerus="yes">
        <source>The change log is the same as in the %1 (%n entries).</source>
        <translation>
            <numerusform>Riwayat perubahan sama dengan yang ada di %1 (%n catatan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change log continues the one in the %1: its %2 entries are unchanged, %n entries since.</source>
        <translation>
            <numerusform>Riwayat perubahan melanjutkan riwayat di %1: %2 catatannya tidak berubah, %n catatan sesudahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>History was rewritten: the %1&apos;s change log has %2 entries, this file&apos;s only %3; entries from position %4 on are gone.</source>
        <translation>Riwayat ditulis ulang: riwayat perubahan %1 berisi %2 catatan, berkas ini hanya %3; catatan mulai posisi %4 hilang.</translation>
    </message>
    <message>
        <source>History was rewritten: this file&apos;s change log differs from the %1&apos;s at or before position %2, the %1&apos;s last entry (this file&apos;s entry %3, %4, by %5).</source>
        <translation>Riwayat ditulis ulang: riwayat perubahan berkas ini berbeda dari riwayat %1 pada atau sebelum posisi %2, catatan terakhir %1 (catatan %3 berkas ini, %4, oleh %5).</translation>
    </message>
    <message>
        <source>History was rewritten: the change log differs from the %1&apos;s from position %2 on (this file&apos;s entry %3, %4, by %5).</source>
        <translation>Riwayat ditulis ulang: riwayat perubahan berbeda dari riwayat %1 mulai posisi %2 (catatan %3 berkas ini, %4, oleh %5).</translation>
    </message>
    <message>
        <source>Not yet covered by the change log: the password of %1, set before Netra logged a password&apos;s digest; covered from its next change.</source>
        <translation>Belum tercakup riwayat perubahan: kata sandi %1, ditetapkan sebelum Netra mencatat ringkasan (digest) kata sandi; tercakup mulai penggantian berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet covered by the change log: the minutes lines of %n person(s) heard, saved before Netra logged their digest; covered from their next save.</source>
        <translation>
            <numerusform>Belum tercakup riwayat perubahan: baris berita acara %n orang yang diklarifikasi, disimpan sebelum Netra mencatat ringkasannya; tercakup mulai penyimpanan berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The identities of this file were encrypted on %2 by %3, which sealed them in its change log and so changed its entries; the %1 is older than that and carries only the head of its log, so history before cannot be compared with it. Compare with a backup made before that day.</source>
        <translation>Identitas dalam berkas ini dienkripsi pada %2 oleh %3, yang menyegelnya di riwayat perubahan sehingga catatan-catatannya berubah; %1 ini lebih lama dari itu dan hanya memuat ujung riwayatnya, sehingga riwayat sebelumnya tidak dapat dibandingkan dengannya. Bandingkan dengan cadangan yang dibuat sebelum hari itu.</translation>
    </message>
    <message numerus="yes">
        <source>The change log continues the one in the %1: its %2 entries are unchanged but for the identities sealed when they were encrypted on %3 by %4; %n entries since.</source>
        <translation>
            <numerusform>Riwayat perubahan melanjutkan riwayat di %1: %2 catatannya tidak berubah kecuali identitas yang disegel saat dienkripsi pada %3 oleh %4; %n catatan sesudahnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>May sign in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Pengguna %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>%1 gets a new key with this password: confidential identities in drafts %1 was typing are lost, and a coordinator&apos;s key to the confidential identities is given again when another coordinator who holds it signs in (or with the recovery key).</source>
        <translation>%1 mendapat kunci baru dengan kata sandi ini: identitas yang dirahasiakan dalam draf yang sedang diketik %1 hilang, dan kunci identitas seorang koordinator diberikan kembali saat koordinator lain yang memegangnya masuk (atau dengan kunci pemulihan).</translation>
    </message>
    <message>
        <source>A user of one regency sees and changes that office&apos;s cases; a user of a province or of the whole country reads the cases of its offices. A user with a scope signs in to the server with an account of their own.</source>
        <translation>Pengguna satu kabupaten/kota melihat dan mengubah kasus kantor itu; pengguna provinsi atau seluruh Indonesia membaca kasus kantor-kantor di wilayahnya. Pengguna dengan cakupan masuk ke server dengan akun miliknya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Cakupan:</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Kata sandi sekurang-kurangnya %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The first user of a data file is its administrator.</source>
        <translation>Pengguna pertama sebuah berkas data adalah administratornya.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>Nama pengguna terdiri atas 2 sampai 32 huruf, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Isi nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>The user name %1 is already in use.</source>
        <translation>Nama pengguna %1 sudah dipakai.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>Kata sandi tidak dapat di-hash (memori habis?).</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Pengguna tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator; make another user administrator first.</source>
        <translation>%1 adalah satu-satunya administrator aktif; jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>The user could not be stored: %1</source>
        <translation>Pengguna tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Kata sandi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak kata sandi salah. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Tunggu %n detik sebelum mencoba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Kasus tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only users with the clerk role can be assigned.</source>
        <translation>Hanya pengguna dengan peran notulis yang dapat ditugaskan.</translation>
    </message>
    <message>
        <source>The assignment could not be stored: %1</source>
        <translation>Penugasan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The user %1 does not exist.</source>
        <translation>Pengguna %1 tidak ada.</translation>
    </message>
    <message>
        <source>A scope is for a server that holds many offices; the users of an office&apos;s own store have none.</source>
        <translation>Cakupan hanya untuk server yang memuat banyak kantor; pengguna penyimpanan milik satu kantor tidak memilikinya.</translation>
    </message>
    <message>
        <source>An administrator of %1 manages users of that scope only.</source>
        <translation>Administrator %1 hanya mengelola pengguna dalam cakupan itu.</translation>
    </message>
    <message>
        <source>An administrator of %1 cannot manage a user of %2.</source>
        <translation>Administrator %1 tidak dapat mengelola pengguna %2.</translation>
    </message>
    <message>
        <source>%1 signs in through the store&apos;s shared account and cannot be given a scope; add a new user with a scope.</source>
        <translation>%1 masuk melalui akun bersama penyimpanan dan tidak dapat diberi cakupan; tambahkan pengguna baru dengan cakupan.</translation>
    </message>
    <message>
        <source>%1 has a scope of their own; it can be changed, not removed.</source>
        <translation>%1 memiliki cakupan sendiri; cakupan itu dapat diubah, tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>New &amp;password...</source>
        <translation>Kata sandi &amp;baru...</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
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
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>The XLSX file could not be started at %1.</source>
        <translation>Berkas XLSX tidak dapat dibuat di %1.</translation>
    </message>
    <message>
        <source>The XLSX file could not be written to %1: %2</source>
        <translation>Berkas XLSX tidak dapat ditulis ke %1: %2</translation>
    </message>
</context>
</TS>
