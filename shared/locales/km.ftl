# អត្ថបទភាសាខ្មែររបស់ Tandem។ Tandem's Khmer texts: every key of en.ftl, with the same
# placeholders. Texts listed in km-review.txt still need a native speaker's review.

## Every page
skip-to-content = រំលងទៅខ្លឹមសារ
brand-sub = កម្មវិធីបង្វឹក IATUL SIG-ALICE
menu = ម៉ឺនុយ
signed-in-as = បានចូលជា { $who }
sign-out = ចាកចេញ
footer-about = Tandem ដំណើរការកម្មវិធីបង្វឹក IATUL SIG-ALICE។ អ្វីដែលដៃគូមួយគូសរសេរ នៅតែជារបស់ដៃគូនោះ លុះត្រាតែអ្នកសរសេរចែករំលែកវា។
footer-privacy = ឯកជនភាព៖ អ្វីដែលត្រូវរក្សាទុក និងទិន្នន័យរបស់អ្នក
language-switch = ភាសា
language-current = { $language } (ទំព័រនេះ)

## Main navigation
nav-programme = កម្មវិធី
nav-call = ការអំពាវនាវរកគ្រូបង្វឹក
nav-sign-in = ចូលគណនី
nav-home = ទំព័រដើម
nav-dashboard = ផ្ទាំងតាមដាន
nav-applications = ពាក្យស្នើសុំ
nav-matching = ការផ្គូផ្គង
nav-people = មនុស្ស
nav-cohorts = ជំនាន់
nav-outbox = សារចេញ
nav-my-objective = គោលបំណងរបស់ខ្ញុំ
nav-partnerships = ភាពជាដៃគូ
nav-availability = ពេលទំនេរ
nav-concerns = កង្វល់
nav-profile = ប្រវត្តិរូប

## Signing in
sign-in-title = ចូលគណនី
sign-in-lead = ចូលគណនីដោយប្រើអាសយដ្ឋានអ៊ីមែលដែលប្រធានកម្មវិធីបានអញ្ជើញ។
sign-in-unsaved = អ្នកត្រូវបានចាកចេញ ដូច្នេះអ្វីដែលអ្នកទើបផ្ញើមិនត្រូវបានរក្សាទុកទេ។
sign-in-unsaved-next = សូមចូលគណនីម្តងទៀត នោះអ្នកនឹងត្រឡប់ទៅទំព័រនោះវិញ ដើម្បីផ្ញើវាម្តងទៀត។ ប្រសិនបើអ្នកបានសរសេរអ្វីវែង ប៊ូតុងថយក្រោយរបស់កម្មវិធីរុករកអាចនៅបង្ហាញវា។
field-email = អាសយដ្ឋានអ៊ីមែល
field-password = ពាក្យសម្ងាត់
sign-in-button = ចូលគណនី
forgot-password-link = ភ្លេចពាក្យសម្ងាត់?
sign-in-no-account = មិនទាន់មានគណនី? គ្រូបង្វឹក និងដៃគូ ចូលរួមតាមរយៈតំណអញ្ជើញពីប្រធានកម្មវិធី។

## Figures
sessions-held = { $count ->
   *[other] បានជួប { $count } វគ្គ
}
