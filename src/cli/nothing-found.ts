// Said, with the folder, when a folder holds nothing to check (exit 2: a CI step must fail).
// Its own module so that registering `review` does not load the folder walk.
export const NOTHING_FOUND = '没有找到可检查的报告（.docx 文件）：';
